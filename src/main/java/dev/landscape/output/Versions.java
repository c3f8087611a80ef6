package dev.landscape.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The versions of this tool and its libraries, filled in by the build (versions.properties). */
public final class Versions {
  private Versions() {}

  /** This tool's version. */
  public static String landscape() {
    return all().get("landscape");
  }

  /** Java and every library version, in a stable order. */
  public static Map<String, String> all() {
    Properties properties = new Properties();
    try (InputStream in = Versions.class.getResourceAsStream("/dev/landscape/versions.properties")) {
      if (in == null) {
        throw new IllegalStateException("versions.properties is missing from the jar");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("landscape", properties.getProperty("landscape"));
    versions.put("java", System.getProperty("java.version"));
    TreeMap<String, String> libraries = new TreeMap<>();
    properties.stringPropertyNames().stream().filter(k -> !k.equals("landscape"))
        .forEach(k -> libraries.put(k, properties.getProperty(k)));
    versions.putAll(libraries);
    return versions;
  }
}
