package io.sibyl.bench.mapper;

import io.sibyl.bench.load.Concurrency;
import io.sibyl.bench.load.LoadTest;
import io.sibyl.bench.load.Scenario;
import io.sibyl.bench.load.ScenarioResult;
import io.sibyl.bench.load.ScenarioRunner;
import io.sibyl.bench.load.Target;
import io.sibyl.bench.load.Workload;
import io.sibyl.bench.report.Comparison;
import io.sibyl.bench.report.Report;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Session;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The query DSL's select by key against the generated repository's, on the same session and node,
 * in alternating short rounds (the order flips every round), so that the drift of a shared machine
 * hits both alike. Each cell is the median over the rounds; the note gives the range of the
 * per-round throughput ratios.
 */
public final class DslVersusRepository {

  private static final String SECTION =
      "mapper: query DSL select by key / repository select by key, alternating rounds";

  private final ScenarioRunner runner;
  private final LoadTest loadTest;
  private final PrintStream log;

  /** A comparison running its scenarios on {@code runner}, warming up through {@code loadTest}. */
  public DslVersusRepository(ScenarioRunner runner, LoadTest loadTest, PrintStream log) {
    this.runner = runner;
    this.loadTest = loadTest;
    this.log = log;
  }

  /**
   * Runs {@code rounds} rounds of each concurrency and adds the medians to the report.
   *
   * @param settings the warm-up, key count and operation bound (its durations are not used)
   * @param round how long each client runs in one round
   */
  public void run(
      Target target, LoadTest.Settings settings, int rounds, Duration round, Report report) {
    try (Session session =
        Session.builder()
            .addContactPoint(target.contactPoint())
            .localDatacenter(target.datacenter())
            .protocolVersion(ProtocolVersion.V5)
            .build()) {
      SibylDslClient dsl = new SibylDslClient(session);
      SibylRepositoryClient repository = new SibylRepositoryClient(session);
      loadTest.warmUp(repository, settings);
      loadTest.warmUp(dsl, settings);
      for (Concurrency concurrency : List.of(Concurrency.sync(8), Concurrency.async(64))) {
        Scenario scenario =
            new Scenario(
                Workload.SELECT, concurrency, round, settings.maxOperations(), settings.keys());
        ScenarioResult[] dslRuns = new ScenarioResult[rounds];
        ScenarioResult[] repositoryRuns = new ScenarioResult[rounds];
        for (int r = 0; r < rounds; r++) {
          if (r % 2 == 0) {
            repositoryRuns[r] = runner.run(repository, scenario);
            dslRuns[r] = runner.run(dsl, scenario);
          } else {
            dslRuns[r] = runner.run(dsl, scenario);
            repositoryRuns[r] = runner.run(repository, scenario);
          }
        }
        add(report, scenario.label(), dslRuns, repositoryRuns);
      }
    }
  }

  private void add(Report report, String label, ScenarioResult[] dsl, ScenarioResult[] repository) {
    add(report, label, "throughput", "ops/s", dsl, repository, ScenarioResult::opsPerSecond, true);
    add(report, label, "p50", "µs", dsl, repository, r -> r.latencyMicros(50), false);
    add(report, label, "p99", "µs", dsl, repository, r -> r.latencyMicros(99), false);
    add(report, label, "client CPU", "µs/op", dsl, repository, r -> r.cpuMicrosPerOp(), false);
    add(report, label, "allocated", "B/op", dsl, repository, r -> r.bytesPerOp(), false);
    double[] ratios = new double[dsl.length];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = dsl[i].opsPerSecond() / repository[i].opsPerSecond();
    }
    Arrays.sort(ratios);
    String range =
        String.format(
            Locale.ROOT,
            "%s: %d rounds, per-round throughput ratios %.2f to %.2f.",
            label,
            ratios.length,
            ratios[0],
            ratios[ratios.length - 1]);
    report.note(SECTION, range);
    log.println("[dsl] " + range);
  }

  private static void add(
      Report report,
      String label,
      String metric,
      String unit,
      ScenarioResult[] dsl,
      ScenarioResult[] repository,
      ToDoubleFunction<ScenarioResult> value,
      boolean higherIsBetter) {
    report.add(
        new Comparison(
            SECTION,
            label,
            metric,
            unit,
            median(dsl, value),
            median(repository, value),
            higherIsBetter));
  }

  private static double median(ScenarioResult[] results, ToDoubleFunction<ScenarioResult> value) {
    double[] values = Arrays.stream(results).mapToDouble(value).sorted().toArray();
    int mid = values.length / 2;
    return values.length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  }
}
