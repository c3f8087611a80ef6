package dev.landscape.corpus;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv identifiers: splitting off the version suffix and reading the submission month from the id.
 *
 * <p>New-style ids ({@code YYMM.NNNN} from 2007-04, {@code YYMM.NNNNN} from 2015-01) and old-style ids
 * ({@code archive(.SUB)/YYMMNNN}, 1991 to 2007) both start with the year and month of submission.
 */
public final class ArxivIds {
  private static final Pattern PREFIX = Pattern.compile("^(?:arxiv:|https?://arxiv\\.org/(?:abs|pdf)/)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern VERSION = Pattern.compile("v\\d+$");
  private static final Pattern NEW_STYLE = Pattern.compile("^(\\d{2})(\\d{2})\\.\\d{4,5}$");
  private static final Pattern OLD_STYLE = Pattern.compile("^[a-z][a-z-]*(?:\\.[A-Za-z-]+)?/(\\d{2})(\\d{2})\\d{3}$");

  private ArxivIds() {}

  /**
   * The id as users cite it: trimmed, without an {@code arXiv:} or abs-URL prefix and without a version suffix
   * ({@code 2303.11366v1} becomes {@code 2303.11366}). Ids that are not arXiv ids are only trimmed.
   */
  public static String normalize(String raw) {
    String id = raw.strip();
    if (!id.isEmpty() && "aAhH".indexOf(id.charAt(0)) >= 0) {
      id = PREFIX.matcher(id).replaceFirst("");
    }
    if (id.endsWith(".pdf")) {
      id = id.substring(0, id.length() - 4);
    }
    String unversioned = id.indexOf('v') >= 0 ? VERSION.matcher(id).replaceFirst("") : id;
    return isArxivId(unversioned) ? unversioned : raw.strip();
  }

  /** Whether {@code id} (already normalized) is a new- or old-style arXiv id. */
  public static boolean isArxivId(String id) {
    return NEW_STYLE.matcher(id).matches() || OLD_STYLE.matcher(id).matches();
  }

  /** The first day of the submission month the id encodes, if it is an arXiv id with a valid month. */
  public static Optional<LocalDate> monthOf(String id) {
    Matcher m = NEW_STYLE.matcher(id);
    if (m.matches()) {
      // New-style ids began in April 2007, so their two-digit years are all 20YY.
      return month(2000 + Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = OLD_STYLE.matcher(id);
    if (m.matches()) {
      int yy = Integer.parseInt(m.group(1));
      // Old-style ids ran from 1991 to March 2007.
      return month(yy >= 91 ? 1900 + yy : 2000 + yy, Integer.parseInt(m.group(2)));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> month(int year, int month) {
    return month >= 1 && month <= 12 ? Optional.of(LocalDate.of(year, month, 1)) : Optional.empty();
  }
}
