package dev.landscape.output.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.junit.jupiter.api.Test;

/** Labels that never sit on a bar, and chart titles that fit on one line (issue 39). */
class BarsTest {
  @Test
  void onADivergingChartAValueSitsOnTheSideItsBarDoesNotTake() {
    int zero = 800;
    Bars.Bar falling = new Bars.Bar("Stellar", -9.3, Color.BLUE, "-9.3 pts/yr · falling");
    Bars.Bar rising = new Bars.Bar("Cosmology", 4.1, Color.RED, "+4.1 pts/yr · rising");
    // A negative bar runs left of the centre line: its text starts right of it.
    assertTrue(Bars.annotationX(falling, true, zero, zero, 200) > zero);
    // A positive bar runs right of it: its text ends left of it.
    int x = Bars.annotationX(rising, true, zero, zero + 300, 200);
    assertTrue(x + 200 < zero, "ends at " + (x + 200));
    assertEquals(zero + 310, Bars.annotationX(rising, false, zero, zero + 300, 200), "after the bar's end");
  }

  @Test
  void aLongTitleGetsSmallerTypeUntilItFitsOrIsSaidOtherwise() {
    FontRenderContext context = new FontRenderContext(null, true, true);
    String title = "Cosmology and large-scale structure rose from 7.1% to 20.4% of the corpus";
    Font fitted = ChartStyle.fitting(title, ChartStyle.TITLE, 1400, 26);
    assertNotNull(fitted);
    assertTrue(fitted.getSize() < ChartStyle.TITLE.getSize());
    assertTrue(fitted.getStringBounds(title, context).getWidth() <= 1400);
    assertEquals(ChartStyle.TITLE, ChartStyle.fitting("Short", ChartStyle.TITLE, 1000, 26));
    assertNull(ChartStyle.fitting(title.repeat(3), ChartStyle.TITLE, 1400, 26), "too long even at 26 points");
  }
}
