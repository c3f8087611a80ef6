package dev.landscape.corpus;

import dev.landscape.io.ControlCharacters;

/**
 * A record as a reader found it, before any checks: fields are {@code null} when the record has no such field.
 * A lone UTF-16 surrogate (JSON allows {@code "\ud800"} alone) is replaced by U+FFFD here, as a decoder replaces
 * malformed bytes: it is no character, and no UTF-8 output could hold it. So is every control character but tab and
 * line breaks (NUL, ESC, backspace, ...; see {@link ControlCharacters}): no abstract means them, and kept they would
 * reach terminals, CSV cells, Markdown and SVG.
 *
 * @param line the line (or record number) where the record starts, for error messages
 * @param id the id as written
 * @param title the title
 * @param abstractText the abstract
 * @param categories space-separated categories
 * @param dateText the date as written, when the metadata has one
 */
record RawRecord(long line, String id, String title, String abstractText, String categories, String dateText) {
  RawRecord {
    id = clean(id);
    title = clean(title);
    abstractText = clean(abstractText);
    categories = clean(categories);
    dateText = clean(dateText);
  }

  private static String clean(String text) {
    return ControlCharacters.replace(wellFormed(text));
  }

  /** {@code text} with every surrogate that is not half of a pair replaced by U+FFFD; the same string when none. */
  static String wellFormed(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder fixed = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isSurrogate(c)) {
        continue;
      }
      boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1));
      if (paired) {
        i++;
        continue;
      }
      if (fixed == null) {
        fixed = new StringBuilder(text);
      }
      fixed.setCharAt(i, '\uFFFD');
    }
    return fixed == null ? text : fixed.toString();
  }
}
