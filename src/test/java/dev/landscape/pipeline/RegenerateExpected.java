package dev.landscape.pipeline;

import dev.landscape.progress.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Not a test: writes the expected files of {@link GoldenReportTest} (the report's words) and {@link
 * CommittedReportsTest} (every table and model file) from this build's run of the default corpus. Run it on purpose,
 * then review the diff before committing: {@code mvn -q -Pexpected process-test-classes}. The tests themselves
 * only compare, so a test can never pass by writing what it compares against.
 */
public final class RegenerateExpected {
  private RegenerateExpected() {}

  public static void main(String[] args) throws IOException {
    Path out = Files.createTempDirectory("landscape-expected-");
    new Pipeline(Progress.NONE).run(PipelineEndToEndTest.defaults(out.resolve("reports")), Settings.COMMAND);
    Path reports = out.resolve("reports");
    Files.createDirectories(GoldenReportTest.GOLDEN);
    Files.writeString(GoldenReportTest.GOLDEN.resolve("default-corpus.report.md"),
        GoldenReportTest.markdown(Files.readString(reports.resolve("report.md"))), StandardCharsets.UTF_8);
    Files.writeString(GoldenReportTest.GOLDEN.resolve("default-corpus.report.html"),
        GoldenReportTest.html(Files.readString(reports.resolve("report.html"))), StandardCharsets.UTF_8);
    List<String> names = CommittedReportsTest.tablesAndModelFiles(reports);
    for (String name : names) {
      Path to = CommittedReportsTest.REFERENCE.resolve(name);
      Files.createDirectories(to.getParent());
      Files.copy(reports.resolve(name), to, StandardCopyOption.REPLACE_EXISTING);
    }
    Files.writeString(CommittedReportsTest.REFERENCE.resolve(CommittedReportsTest.SHAPE),
        CommittedReportsTest.jsonShape(reports), StandardCharsets.UTF_8);
    System.out.println("wrote " + GoldenReportTest.GOLDEN + " and " + names.size() + " files into "
        + CommittedReportsTest.REFERENCE);
  }
}
