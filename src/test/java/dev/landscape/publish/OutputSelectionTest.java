package dev.landscape.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --outputs and --chart-formats: what is written, what each output needs, and one-line refusals. */
class OutputSelectionTest {
  @Test
  void allIsEverythingInEveryFormat() {
    OutputSelection all = OutputSelection.parse("all", "png,svg,pdf");
    assertEquals(OutputSelection.ALL.names(), all.names());
    assertEquals(List.of("png", "svg", "pdf"), all.chartFormats());
  }

  @Test
  void theReportAndTheDeckBringTheirChartsAndFormatsKeepTheirOrder() {
    OutputSelection report = OutputSelection.parse(" Report ", "svg, png");
    assertTrue(report.has(OutputSelection.Output.CHARTS), "the report shows the charts");
    assertEquals(List.of("png", "svg"), report.chartFormats());
    assertEquals(List.of("csv"), OutputSelection.parse("csv", "png").names());
  }

  @Test
  void whatCannotBeMadeIsRefusedNamingTheOption() {
    assertEquals("--outputs: unknown output 'slides'; choose from all, csv, xlsx, charts, report, deck, model",
        assertThrows(IllegalArgumentException.class, () -> OutputSelection.parse("csv,slides", "png")).getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class, () -> OutputSelection.parse("report", "png"))
        .getMessage().startsWith("--outputs report needs png and svg"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> OutputSelection.parse("deck", "svg"))
        .getMessage().startsWith("--outputs deck needs png"));
    assertEquals("--chart-formats: an empty name in 'png,'",
        assertThrows(IllegalArgumentException.class, () -> OutputSelection.parse("csv", "png,")).getMessage());
  }
}
