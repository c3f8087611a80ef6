package dev.landscape.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes a {@link RunManifest} as indented JSON with snake_case keys. */
public final class RunJsonWriter {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT);

  private RunJsonWriter() {}

  public static void write(Object manifest, Path file) {
    try {
      MAPPER.writeValue(file.toFile(), manifest);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
    }
  }
}
