package dev.landscape.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Titles as arXiv writes them, and what a reader should see (the issue's $Λ$CDM among them). */
class PaperTextTest {
  @Test
  void mathAndGreekLetters() {
    assertEquals("ΛCDM tensions and the H₀ problem", PaperText.clean("$\\Lambda$CDM tensions and the $H_0$ problem"));
    assertEquals("A ~100× speed-up with O(n²) memory",
        PaperText.clean("A $\\sim$100$\\times$ speed-up with $\\mathcal{O}(n^2)$ memory"));
    assertEquals("α-divergence ≤ 1", PaperText.clean("$\\alpha$-divergence $\\leq 1$"));
  }

  @Test
  void textCommandsAccentsAndDashes() {
    assertEquals("In situ learning for Schrödinger bridges", PaperText.clean("\\textit{In situ} learning for Schr\\\"odinger bridges"));
    assertEquals("Erdős–Rényi graphs", PaperText.clean("Erd{\\H{o}}s--R\\'{e}nyi graphs"));
    assertEquals("BERT & GPT: 50% faster", PaperText.clean("{BERT} \\& {GPT}: 50\\% faster"));
    assertEquals("façade — a study", PaperText.clean("fa\\c{c}ade --- a study"));
  }

  @Test
  void whitespaceCollapsesAndUnknownCommandsKeepTheirWords() {
    assertEquals("Attention is all you need", PaperText.clean("  Attention is\n  all you need "));
    assertEquals("LaTeX tables", PaperText.clean("\\LaTeX{} tables"));
    assertEquals("plain, already clean", PaperText.clean("plain, already clean"));
  }

  @Test
  void anUntitledPaperReadsAsTheStartOfItsAbstract() {
    assertEquals("Low-rank adaptation of large models", PaperText.title("", "Low-rank adaptation of large models"));
    assertEquals("We study the effect of the learning rate on the training of …",
        PaperText.title(" ", "We study the effect of the learning rate on the training of very deep networks with"
            + " residual connections."));
    assertEquals("untitled", PaperText.title("", ""));
    assertEquals("untitled", PaperText.title("", null));
  }
}
