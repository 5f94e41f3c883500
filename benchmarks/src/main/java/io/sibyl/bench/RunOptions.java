package io.sibyl.bench;

import io.sibyl.bench.load.Concurrency;
import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.load.LoadTest;
import io.sibyl.bench.load.Workload;
import io.sibyl.driver.ProtocolVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The command line of {@link BenchmarkMain}.
 *
 * @param quick the one-minute smoke run
 * @param phases the phases to run: {@code jmh}, {@code cassandra}, {@code mapper}, {@code dsl},
 *     {@code launch}, {@code responder}
 * @param jmhInclude the regular expression selecting microbenchmarks
 * @param outputDirectory where the results go
 * @param launchRounds the alternating rounds of the launch phase (one fresh JVM per driver and
 *     round), or 0 for the mode's default
 */
public record RunOptions(
    boolean quick, Set<String> phases, String jmhInclude, Path outputDirectory, int launchRounds) {
  /** Every phase, in the order they run. */
  public static final List<String> ALL_PHASES =
      List.of("jmh", "cassandra", "mapper", "dsl", "launch", "responder");

  static final String USAGE =
      """
      Usage: java -jar benchmarks/target/benchmarks.jar [--quick] [--only=PHASE,...]
                  [--jmh=REGEX] [--out=DIRECTORY]

        --quick        one-minute smoke run (short iterations, JMH in this JVM)
        --only=...     phases among jmh, cassandra, mapper, dsl, launch, responder
                       (default: all)
        --jmh=REGEX    microbenchmarks to run (default: io.sibyl.bench.jmh.*)
        --out=DIR      where to write quick.md/.csv or full.md/.csv
                       (default: benchmarks/results, or results inside benchmarks/)
        --launch-rounds=N
                       alternating rounds of the launch phase, one fresh JVM per
                       driver and round (default: 3, or 1 with --quick)
      """;

  /**
   * Parses the arguments.
   *
   * @throws IllegalArgumentException for an unknown argument or phase
   */
  public static RunOptions parse(String[] args) {
    boolean quick = false;
    Set<String> phases = new LinkedHashSet<>(ALL_PHASES);
    String include = "io\\.sibyl\\.bench\\.jmh\\..*";
    Path output = defaultOutput();
    int launchRounds = 0;
    for (String arg : args) {
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.startsWith("--only=")) {
        phases = new LinkedHashSet<>();
        for (String phase : arg.substring("--only=".length()).split(",")) {
          String name = phase.trim().toLowerCase(Locale.ROOT);
          if (!ALL_PHASES.contains(name)) {
            throw new IllegalArgumentException("Unknown phase '" + phase + "'\n" + USAGE);
          }
          phases.add(name);
        }
      } else if (arg.startsWith("--jmh=")) {
        include = arg.substring("--jmh=".length());
      } else if (arg.startsWith("--out=")) {
        output = Path.of(arg.substring("--out=".length()));
      } else if (arg.startsWith("--launch-rounds=")) {
        launchRounds = positive(arg, arg.substring("--launch-rounds=".length()));
      } else {
        throw new IllegalArgumentException("Unknown argument '" + arg + "'\n" + USAGE);
      }
    }
    return new RunOptions(quick, phases, include, output, launchRounds);
  }

  private static int positive(String arg, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number > 0) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("'" + arg + "' needs a positive number\n" + USAGE);
  }

  private static Path defaultOutput() {
    return Files.isDirectory(Path.of("benchmarks"))
        ? Path.of("benchmarks", "results")
        : Path.of("results");
  }

  /** Whether a phase runs. */
  public boolean runs(String phase) {
    return phases.contains(phase);
  }

  /** The name of the result files: {@code quick} or {@code full}. */
  public String mode() {
    return quick ? "quick" : "full";
  }

  /** The load test settings against the real node. */
  public LoadTest.Settings cassandraSettings() {
    return quick
        ? settings(Duration.ofSeconds(3), Duration.ofMillis(400), 200_000)
        : settings(Duration.ofSeconds(20), Duration.ofSeconds(7), 2_000_000);
  }

  /**
   * The mapper load test settings against the real node: insert and select by key, sync x1 and x8,
   * async x64 and x256.
   */
  public LoadTest.Settings mapperSettings() {
    LoadTest.Settings base = cassandraSettings();
    return new LoadTest.Settings(
        base.warmUp(),
        base.scenarioDuration(),
        base.maxOperations(),
        base.keys(),
        List.of(Workload.INSERT, Workload.SELECT),
        List.of(
            Concurrency.sync(1),
            Concurrency.sync(8),
            Concurrency.async(64),
            Concurrency.async(256)));
  }

  /** How many alternating rounds the DSL-versus-repository comparison runs per scenario. */
  public int dslRounds() {
    return quick ? 5 : 15;
  }

  /** How long each client runs in one round of the DSL-versus-repository comparison. */
  public Duration dslRound() {
    return quick ? Duration.ofSeconds(2) : Duration.ofSeconds(5);
  }

  /** The load test settings against the responder. */
  public LoadTest.Settings responderSettings() {
    return quick
        ? settings(Duration.ofSeconds(1), Duration.ofMillis(250), 200_000)
        : settings(Duration.ofSeconds(8), Duration.ofSeconds(3), 2_000_000);
  }

  /** The protocol versions of the Cassandra load test. */
  public List<ProtocolVersion> cassandraVersions() {
    return List.of(ProtocolVersion.V5);
  }

  /** The protocol versions of the responder load test. */
  public List<ProtocolVersion> responderVersions() {
    return List.of(ProtocolVersion.V5, ProtocolVersion.V4);
  }

  /** How many fresh JVMs each launch measurement starts. */
  public int launchRuns() {
    return launchRounds > 0 ? launchRounds : quick ? 1 : 3;
  }

  /** How many keys the workload uses (and the Cassandra phase writes first). */
  public int keys() {
    return quick ? 2_000 : KvTable.KEYS;
  }

  private LoadTest.Settings settings(Duration warmUp, Duration scenario, long maxOps) {
    return new LoadTest.Settings(
        warmUp,
        scenario,
        maxOps,
        keys(),
        List.of(Workload.INSERT, Workload.SELECT, Workload.MIX),
        List.of(
            Concurrency.sync(1),
            Concurrency.sync(8),
            Concurrency.async(64),
            Concurrency.async(256),
            Concurrency.async(1024)));
  }
}
