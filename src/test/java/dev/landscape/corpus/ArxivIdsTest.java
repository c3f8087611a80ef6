package dev.landscape.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArxivIdsTest {
  @ParameterizedTest
  @CsvSource({
    "2303.11366v1, 2303.11366",
    "2112.09332, 2112.09332",
    "' 1904.12848v6 ', 1904.12848",
    "arXiv:2401.04122v3, 2401.04122",
    "https://arxiv.org/abs/2401.04122v2, 2401.04122",
    "hep-th/9901001v2, hep-th/9901001",
    "math.AG/0501001, math.AG/0501001",
    "my-paper-7, my-paper-7",
    "report-v2, report-v2"
  })
  void normalizeSplitsOffVersionAndPrefix(String raw, String expected) {
    assertEquals(expected, ArxivIds.normalize(raw));
  }

  @ParameterizedTest
  @CsvSource({
    "2112.09332, 2021-12-01",
    "0704.0001, 2007-04-01",
    "1501.00001, 2015-01-01",
    "hep-th/9901001, 1999-01-01",
    "math.AG/0501001, 2005-01-01",
    "cond-mat/9112001, 1991-12-01"
  })
  void monthComesFromTheId(String id, LocalDate month) {
    assertEquals(Optional.of(month), ArxivIds.monthOf(id));
  }

  @ParameterizedTest
  @CsvSource({"2113.00001", "my-paper", "hep-th/9913001", "12.345"})
  void idsWithoutAValidMonthHaveNoDate(String id) {
    assertTrue(ArxivIds.monthOf(id).isEmpty());
  }
}
