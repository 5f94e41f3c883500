package io.sibyl.bench;

import io.sibyl.bench.load.LaunchProbe;
import io.sibyl.bench.load.ScenarioResult;
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
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
