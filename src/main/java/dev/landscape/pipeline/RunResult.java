package dev.landscape.pipeline;

import dev.landscape.output.RunManifest;
import java.nio.file.Path;

/**
 * What a finished run tells the command line.
 *
 * @param outDir the report folder
 * @param manifest the provenance written to run.json
 */
public record RunResult(Path outDir, RunManifest manifest) {}
