package io.sibyl.bench.compare;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@link CompareMain}.
 *
 * @param rounds alternating rounds (each path runs once per driver per round)
 * @param scenario how long each driver runs a path in one round
 * @param warmUp the warm-up of each client before the first round
 * @param keys the keys written and used
 * @param outputDirectory where the report and charts go
 * @param paths the paths compared, in {@link ComparedPath#ALL}'s order
 */
public record CompareOptions(
    int rounds,
    Duration scenario,
    Duration warmUp,
    int keys,
    Path outputDirectory,
    List<ComparedPath> paths) {

  static final String USAGE =
      """
      Usage: java -cp benchmarks/target/benchmarks.jar io.sibyl.bench.compare.CompareMain
                  [--rounds=N] [--seconds=S] [--warmup=S] [--keys=N] [--out=DIRECTORY]
                  [--paths=SLUG,...]

        --rounds=N     alternating rounds (default 5)
        --seconds=S    seconds per path, driver and round (default 10)
        --warmup=S     warm-up seconds per client before the first round (default 20)
        --keys=N       keys written and read, at most 10000 (default 10000)
        --out=DIR      where compare.md and the SVG charts go
                       (default: benchmarks/results/compare)
        --paths=...    only these paths, by their file-name form, e.g.
                       insert-async-x256,select-sync-x1 (default: all)
      """;

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException for an unknown or malformed argument
   */
  public static CompareOptions parse(String[] args) {
    int rounds = 5;
    int seconds = 10;
    int warmUp = 20;
    int keys = 10_000;
    Path output = defaultOutput();
    List<ComparedPath> paths = ComparedPath.ALL;
    for (String arg : args) {
      if (arg.startsWith("--rounds=")) {
        rounds = positive(arg, "--rounds=");
      } else if (arg.startsWith("--seconds=")) {
        seconds = positive(arg, "--seconds=");
      } else if (arg.startsWith("--warmup=")) {
        warmUp = positive(arg, "--warmup=");
      } else if (arg.startsWith("--keys=")) {
        keys = Math.min(10_000, positive(arg, "--keys="));
      } else if (arg.startsWith("--out=")) {
        output = Path.of(arg.substring("--out=".length()));
      } else if (arg.startsWith("--paths=")) {
        paths = paths(arg.substring("--paths=".length()));
      } else {
        throw new IllegalArgumentException("Unknown argument '" + arg + "'\n" + USAGE);
      }
    }
    return new CompareOptions(
        rounds, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUp), keys, output, paths);
  }

  private static List<ComparedPath> paths(String slugs) {
    Set<String> wanted = new LinkedHashSet<>(Arrays.asList(slugs.split(",")));
    List<ComparedPath> chosen =
        ComparedPath.ALL.stream().filter(path -> wanted.remove(path.slug())).toList();
    if (!wanted.isEmpty() || chosen.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown path(s) "
              + wanted
              + "; the paths are "
              + ComparedPath.ALL.stream().map(ComparedPath::slug).toList()
              + "\n"
              + USAGE);
    }
    return chosen;
  }

  private static int positive(String arg, String prefix) {
    try {
      int value = Integer.parseInt(arg.substring(prefix.length()));
      if (value > 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "'" + arg + "' needs a positive whole number after " + prefix + "\n" + USAGE);
  }

  private static Path defaultOutput() {
    Path fromRoot = Path.of("benchmarks");
    return Files.isDirectory(fromRoot)
        ? fromRoot.resolve("results/compare")
        : Path.of("results/compare");
  }
}
