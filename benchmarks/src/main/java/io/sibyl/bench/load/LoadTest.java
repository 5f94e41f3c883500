package io.sibyl.bench.load;

import io.sibyl.driver.ProtocolVersion;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every scenario against one target with both drivers in turns: both sessions are connected
 * and warmed up first, then each scenario runs once per driver, the driver that goes first
 * alternating from one scenario to the next so that a drift of the machine does not favour one.
 */
public final class LoadTest {
  private final ScenarioRunner runner;
  private final PrintStream log;

  /**
   * Creates a load test.
   *
   * @param runner the runner (its threads and meters are shared by all targets)
   * @param log where progress goes
   */
  public LoadTest(ScenarioRunner runner, PrintStream log) {
    this.runner = runner;
    this.log = log;
  }

  /**
   * What to run.
   *
   * @param warmUp the warm-up of each driver before the first scenario
   * @param scenarioDuration the longest a scenario runs
   * @param maxOperations the most requests a scenario sends
   * @param keys how many keys requests use (all written before the first read)
   * @param workloads the workloads
   * @param concurrencies the concurrencies, each run with every workload
   */
  public record Settings(
      Duration warmUp,
      Duration scenarioDuration,
      long maxOperations,
      int keys,
      List<Workload> workloads,
      List<Concurrency> concurrencies) {

    /** The scenarios, workload by workload. */
    public List<Scenario> scenarios() {
      List<Scenario> scenarios = new ArrayList<>();
      for (Workload workload : workloads) {
        for (Concurrency concurrency : concurrencies) {
          scenarios.add(new Scenario(workload, concurrency, scenarioDuration, maxOperations, keys));
        }
      }
      return scenarios;
    }
  }

  /** Runs every scenario on {@code target} with protocol {@code version}; Sibyl's result first. */
  public List<ScenarioResult[]> run(Target target, ProtocolVersion version, Settings settings) {
    log.printf("[%s %s] connecting both drivers%n", target.name(), version);
    List<ScenarioResult[]> results = new ArrayList<>();
    try (DriverClient sibyl =
            SibylClient.connect(target.contactPoint(), target.datacenter(), version);
        DriverClient reference =
            ReferenceClient.connect(
                target.contactPoint(), target.datacenter(), version, target.referenceMetadata())) {
      for (DriverClient client : List.of(sibyl, reference)) {
        warmUp(client, settings);
      }
      List<Scenario> scenarios = settings.scenarios();
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i);
        ScenarioResult sibylResult;
        ScenarioResult referenceResult;
        if (i % 2 == 0) {
          sibylResult = runner.run(sibyl, scenario);
          referenceResult = runner.run(reference, scenario);
        } else {
          referenceResult = runner.run(reference, scenario);
          sibylResult = runner.run(sibyl, scenario);
        }
        log.printf(
            "[%s %s] %-24s sibyl %,9.0f ops/s  reference %,9.0f ops/s%n",
            target.name(),
            version,
            scenario.label(),
            sibylResult.opsPerSecond(),
            referenceResult.opsPerSecond());
        results.add(new ScenarioResult[] {sibylResult, referenceResult});
      }
    }
    return results;
  }

  /** Warms {@code client} up: mix at async x256 for two thirds of the time, then sync x8. */
  public void warmUp(DriverClient client, Settings settings) {
    log.printf("  warming up %s for %s%n", client.name(), settings.warmUp());
    Duration async = settings.warmUp().multipliedBy(2).dividedBy(3);
    Duration sync = settings.warmUp().minus(async);
    int keys = settings.keys();
    runner.run(
        client, new Scenario(Workload.MIX, Concurrency.async(256), async, Long.MAX_VALUE, keys));
    runner.run(client, new Scenario(Workload.MIX, Concurrency.sync(8), sync, Long.MAX_VALUE, keys));
  }
}
