package dev.landscape.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkdownEscaperTest {
  @Test
  void markupFromTheCorpusStaysText() {
    assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", MarkdownEscaper.escape("<script>alert(1)</script>"));
    assertEquals("\\[click\\](javascript:alert(1))", MarkdownEscaper.escape("[click](javascript:alert(1))"));
    assertEquals("\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\| pipe", MarkdownEscaper.escape("**bold** _it_ `code` | pipe"));
    assertEquals("a b", MarkdownEscaper.escape("a\nb"));
    assertEquals("AT&amp;T", MarkdownEscaper.escape("AT&T"));
    assertEquals("\\# not a heading", MarkdownEscaper.escape("# not a heading"));
  }

  @Test
  void listMarkersAtTheStartAreEscapedButNumbersAreNot() {
    assertEquals("\\- item", MarkdownEscaper.escape("- item"));
    assertEquals("1\\. item", MarkdownEscaper.escape("1. item"));
    assertEquals("14.8%", MarkdownEscaper.escape("14.8%"));
    assertEquals("-0.5", MarkdownEscaper.escape("-0.5"));
    assertEquals("GPT-4", MarkdownEscaper.escape("GPT-4"));
  }
}
