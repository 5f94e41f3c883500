package io.sibyl.bench;

import io.sibyl.bench.load.LaunchProbe;
import io.sibyl.bench.load.ScenarioResult;
import io.sibyl.bench.mapper.MapperLoadTest;
import io.sibyl.bench.report.Comparison;
import io.sibyl.bench.report.Report;
import java.util.Arrays;
import java.util.List;

/** Turns load test and launch measurements into report rows. */
final class LoadSections {
  private LoadSections() {}

  static void addScenarios(Report report, String section, List<ScenarioResult[]> results) {
    for (ScenarioResult[] pair : results) {
      ScenarioResult sibyl = pair[0];
      ScenarioResult reference = pair[1];
      String scenario = sibyl.scenario().label();
      report.add(
          new Comparison(
              section,
              scenario,
              "throughput",
              "ops/s",
              sibyl.opsPerSecond(),
              reference.opsPerSecond(),
              true));
      for (double percentile : new double[] {50, 99, 99.9}) {
        report.add(
            new Comparison(
                section,
                scenario,
                "p" + (percentile == 99.9 ? "99.9" : String.valueOf((int) percentile)),
                "µs",
                sibyl.latencyMicros(percentile),
                reference.latencyMicros(percentile),
                false));
      }
      report.add(
          new Comparison(
              section,
              scenario,
              "client CPU",
              "µs/op",
              sibyl.cpuMicrosPerOp(),
              reference.cpuMicrosPerOp(),
              false));
      report.add(
          new Comparison(
              section,
              scenario,
              "allocated",
              "B/op",
              sibyl.bytesPerOp(),
              reference.bytesPerOp(),
              false));
      for (ScenarioResult result : pair) {
        if (result.errors() > 0) {
          report.note(
              section,
              String.format(
                  "- %s, %s: %d of %d requests failed.",
                  result.driver(), scenario, result.errors(), result.operations()));
        }
      }
    }
  }

  /**
   * Adds the mapper scenarios as five pairwise sections, each cell {@code first / second (ratio)}.
   *
   * @param target what the requests went to, e.g. {@code one Cassandra 5.0.6 node, protocol V5}
   * @param results per scenario, the five results indexed as {@link MapperLoadTest} says
   */
  static void addMapperScenarios(Report report, String target, List<ScenarioResult[]> results) {
    addMapperPairs(
        report,
        "mapper: Sibyl repository / Sibyl hand-written statements, " + target,
        "Generated repository over hand-written prepared statements (same CQL, same entity in"
            + " and out) on the same Sibyl session: the repository's overhead.",
        results,
        MapperLoadTest.SIBYL_REPOSITORY,
        MapperLoadTest.SIBYL_STATEMENTS);
    addMapperPairs(
        report,
        "mapper: Sibyl query DSL / Sibyl repository, " + target,
        "The query DSL (save, select().where(...).one(), the select built per request) over the"
            + " generated repository on the same Sibyl session: the DSL's overhead.",
        results,
        MapperLoadTest.SIBYL_DSL,
        MapperLoadTest.SIBYL_REPOSITORY);
    addMapperPairs(
        report,
        "mapper: Sibyl repository / reference driver mapper, " + target,
        "Sibyl's generated repository over the reference driver's generated DAO, same"
            + " statements and entity shape.",
        results,
        MapperLoadTest.SIBYL_REPOSITORY,
        MapperLoadTest.REFERENCE_MAPPER);
    addMapperPairs(
        report,
        "mapper: reference driver mapper / its hand-written statements, " + target,
        "The reference driver's DAO over hand-written statements on the same reference session:"
            + " its mapper's overhead, for comparison with Sibyl's.",
        results,
        MapperLoadTest.REFERENCE_MAPPER,
        MapperLoadTest.REFERENCE_STATEMENTS);
    addMapperPairs(
        report,
        "mapper: Sibyl / reference driver, hand-written statements with entities, " + target,
        "Both drivers' hand-written clients of the mapper run (entity in and out).",
        results,
        MapperLoadTest.SIBYL_STATEMENTS,
        MapperLoadTest.REFERENCE_STATEMENTS);
  }

  private static void addMapperPairs(
      Report report,
      String section,
      String note,
      List<ScenarioResult[]> results,
      int first,
      int second) {
    List<ScenarioResult[]> pairs =
        results.stream().map(row -> new ScenarioResult[] {row[first], row[second]}).toList();
    addScenarios(report, section, pairs);
    report.note(
        section,
        "Cells: " + pairs.get(0)[0].driver() + " / " + pairs.get(0)[1].driver() + ". " + note);
  }

  static void addLaunch(
      Report report,
      String section,
      String scenario,
      List<LaunchProbe.Timing> sibyl,
      List<LaunchProbe.Timing> reference) {
    report.add(
        new Comparison(
            section,
            scenario,
            "session build",
            "ms",
            median(sibyl.stream().mapToDouble(LaunchProbe.Timing::buildMillis).toArray()),
            median(reference.stream().mapToDouble(LaunchProbe.Timing::buildMillis).toArray()),
            false));
    report.add(
        new Comparison(
            section,
            scenario,
            "build + first SELECT",
            "ms",
            median(sibyl.stream().mapToDouble(LaunchProbe.Timing::firstRowMillis).toArray()),
            median(reference.stream().mapToDouble(LaunchProbe.Timing::firstRowMillis).toArray()),
            false));
    report.add(
        new Comparison(
            section,
            scenario,
            "JVM start to first row",
            "ms",
            median(sibyl.stream().mapToDouble(LaunchProbe.Timing::sinceJvmStartMillis).toArray()),
            median(
                reference.stream().mapToDouble(LaunchProbe.Timing::sinceJvmStartMillis).toArray()),
            false));
    report.add(
        new Comparison(
            section,
            scenario,
            "JVM CPU to first row",
            "ms",
            median(sibyl.stream().mapToDouble(LaunchProbe.Timing::cpuMillis).toArray()),
            median(reference.stream().mapToDouble(LaunchProbe.Timing::cpuMillis).toArray()),
            false));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
