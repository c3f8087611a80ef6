package dev.landscape.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The logging flags are seen before parsing however picocli would accept them (issue 23: -qv was missed). */
class MainFlagsTest {
  @Test
  void aloneLongAndClustered() {
    assertTrue(Main.flag(List.of("run", "-v"), 'v', "--verbose"));
    assertTrue(Main.flag(List.of("run", "--verbose"), 'v', "--verbose"));
    assertTrue(Main.flag(List.of("run", "-qv"), 'v', "--verbose"));
    assertTrue(Main.flag(List.of("run", "-qv"), 'q', "--quiet"));
    assertFalse(Main.flag(List.of("run", "-q"), 'v', "--verbose"));
    // Not a cluster of the top-level flags, and nothing after "--".
    assertFalse(Main.flag(List.of("run", "-iv"), 'v', "--verbose"));
    assertFalse(Main.flag(List.of("run", "--", "-v"), 'v', "--verbose"));
  }
}
