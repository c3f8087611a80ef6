package dev.landscape.spark;

import dev.landscape.model.ModelFiles;
import dev.landscape.model.SavedModel;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A saved model folder as bytes, to broadcast from the driver: every executor gets the same files, writes them to a
 * folder of its own and loads them with {@link ModelFiles#read}, checksums checked, once per JVM. No class of the
 * model needs to be serializable, and an executor holds the model once however many tasks it runs.
 *
 * @param files the folder's files by name
 * @param fingerprint the SHA-256 of its model.json, the model's identity
 */
record ModelFolder(LinkedHashMap<String, byte[]> files, String fingerprint) implements Serializable {
  private static final Map<String, SavedModel> LOADED = new ConcurrentHashMap<>();

  /** Reads the model folder {@code dir} (checked by loading it) on the driver. */
  static ModelFolder of(Path dir, SavedModel model) {
    LinkedHashMap<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> inside = Files.list(dir)) {
      for (Path file : inside.filter(Files::isRegularFile).sorted().toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + dir + ": " + e.getMessage(), e);
    }
    return new ModelFolder(files, model.descriptionSha256());
  }

  /** The model, loaded once in this JVM. */
  SavedModel load() {
    return LOADED.computeIfAbsent(fingerprint, key -> {
      try {
        Path dir = Files.createTempDirectory("landscape-model-");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          Files.write(dir.resolve(file.getKey()), file.getValue());
        }
        SavedModel model = ModelFiles.read(dir);
        for (String name : files.keySet()) {
          Files.delete(dir.resolve(name)); // the model is in memory now
        }
        Files.delete(dir);
        return model;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot unpack the model: " + e.getMessage(), e);
      }
    });
  }
}
