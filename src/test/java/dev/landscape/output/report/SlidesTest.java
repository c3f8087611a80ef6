package dev.landscape.output.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import org.junit.jupiter.api.Test;

/** A slide title is never cut (issue 39: "smology and..." on the trend slide): its type shrinks until it fits. */
class SlidesTest {
  @Test
  void aShortTitleKeepsItsSizeALongOneShrinksToFit() {
    assertEquals(28, Slides.fittedSize("Summary", Slides.TITLE, 28));
    String long1 = "Cosmology and large-scale structure rising, stellar astrophysics and star formation falling, "
        + "exoplanets steady (shares per month, 2025-04 to 2026-07)";
    double size = Slides.fittedSize(long1, Slides.TITLE, 28);
    assertTrue(size < 28 && size >= Slides.SMALLEST_TITLE, "shrunk: " + size);
    // One point larger would not have fitted.
    assertTrue(Slides.fittedSize(long1, Slides.TITLE, size + 1) == size);
    // A wider box takes it at a larger size.
    assertTrue(Slides.fittedSize(long1, new Rectangle(40, 18, 880, 120), 28) > size);
  }
}
