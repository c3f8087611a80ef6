package dev.landscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code landscape} launcher's own checks, run against a stand-in {@code java} that prints what it was given
 * (the real jar is built only after the tests).
 */
class LauncherTest {
  @TempDir Path tmp;

  /** A copy of the launcher beside a built jar newer than the sources, and a {@code java} that prints its locale. */
  private Path install() throws IOException {
    Path launcher = tmp.resolve("landscape");
    Files.copy(Path.of("landscape"), launcher);
    Files.createDirectories(tmp.resolve("src/main"));
    Files.writeString(tmp.resolve("pom.xml"), "<project/>");
    Path jar = Files.createDirectories(tmp.resolve("target")).resolve("landscape.jar");
    Files.writeString(jar, "jar");
    FileTime old = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
    for (Path source : List.of(tmp.resolve("src/main"), tmp.resolve("pom.xml"), tmp.resolve("src"))) {
      Files.setLastModifiedTime(source, old);
    }
    Path java = Files.createDirectories(tmp.resolve("bin")).resolve("java");
    Files.writeString(java, "#!/bin/sh\necho \"LC_ALL=${LC_ALL:-}\"\necho \"args: $*\"\n");
    for (Path script : List.of(launcher, java)) {
      Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return launcher;
  }

  private static String run(Path dir, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().put("PATH", dir.getParent().resolve("bin") + ":/usr/bin:/bin");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    return process.exitValue() + "\n" + output;
  }

  @Test
  void underLangCJavaGetsAUtf8LocaleSoNonAsciiPathsOpen() throws Exception {
    Path launcher = install();
    Path work = Files.createDirectories(tmp.resolve("work"));
    String output = run(work, "env", "LANG=C", "LC_ALL=C", launcher.toString(), "--version");
    assertTrue(output.startsWith("0\n"), output);
    assertTrue(output.contains("LC_ALL=C.UTF-8"), output);
    String utf8 = run(work, "env", "LC_ALL=C.UTF-8", launcher.toString(), "--version");
    assertTrue(utf8.contains("LC_ALL=C.UTF-8"), "a UTF-8 locale is kept: " + utf8);
  }

  @Test
  void theSerialCollectorUnlessTheUserNamesOne() throws Exception {
    Path launcher = install();
    Path work = Files.createDirectories(tmp.resolve("work"));
    String plain = run(work, launcher.toString(), "--version");
    assertTrue(plain.contains("-XX:+UseSerialGC"), plain);
    // Two collectors would stop the JVM from starting: the user's choice replaces ours.
    String chosen = run(work, "env", "LANDSCAPE_JAVA_OPTS=-XX:+UseParallelGC -Xmx2g", launcher.toString(), "--version");
    assertTrue(chosen.contains("-XX:+UseParallelGC -Xmx2g"), chosen);
    assertFalse(chosen.contains("UseSerialGC"), chosen);
    // The user's options come after the launcher's own, so -Djava.awt.headless=false can turn headless off.
    assertTrue(chosen.indexOf("-Djava.awt.headless=true") < chosen.indexOf("-XX:+UseParallelGC"), chosen);
  }

  @Test
  void aDeletedWorkingFolderGetsOurOneLineError() throws Exception {
    Path launcher = install();
    Path gone = Files.createDirectories(tmp.resolve("work"));
    // The shell starts inside the folder, which is removed before the launcher runs.
    String output = run(gone, "bash", "-c", "rmdir \"$PWD\" && \"$0\" run", launcher.toString());
    List<String> lines = output.lines().toList();
    assertEquals("2", lines.get(0), output);
    assertEquals("landscape: the working folder no longer exists (deleted or moved); cd to a folder that exists and "
        + "run again", lines.get(lines.size() - 1), output);
    assertTrue(output.lines().noneMatch(l -> l.contains("java.lang.Error")), output);
  }
}
