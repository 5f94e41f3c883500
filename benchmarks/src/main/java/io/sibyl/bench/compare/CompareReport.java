package io.sibyl.bench.compare;

import io.sibyl.bench.load.ScenarioResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The comparison's report: a Markdown table of median ratios with their per-round range, and the
 * SVG charts (throughput, client CPU and bytes per request per path for both drivers, and the
 * latency percentile curves of each path).
 */
final class CompareReport {
  private CompareReport() {}

  private record Metric(String name, String unit, ToDoubleFunction<ScenarioResult> value) {}

  private static final List<Metric> METRICS =
      List.of(
          new Metric("throughput", "ops/s", ScenarioResult::opsPerSecond),
          new Metric("client CPU", "µs/op", ScenarioResult::cpuMicrosPerOp),
          new Metric("of it system", "µs/op", ScenarioResult::systemCpuMicrosPerOp),
          new Metric("allocated", "B/op", ScenarioResult::bytesPerOp),
          new Metric("p50", "µs", r -> r.latencyMicros(50)),
          new Metric("p99", "µs", r -> r.latencyMicros(99)));

  /** The Markdown report. */
  static String markdown(List<PathResults> results, CompareOptions options, double minutes) {
    StringBuilder md = new StringBuilder();
    md.append("# Sibyl / reference driver, alternating rounds\n\n")
        .append(
            String.format(
                Locale.ROOT,
                "- Date: %s; %d rounds, %d s per path and driver, %d s warm-up per client;"
                    + " the run took %.1f min%n",
                ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE),
                options.rounds(),
                options.scenario().toSeconds(),
                options.warmUp().toSeconds(),
                minutes))
        .append(
            "- One embedded Cassandra 5.0.6 node, protocol V5; hand-written statements on both"
                + " sides, Sibyl's repository and DSL against the reference mapper's DAO\n")
        .append(
            "- Each cell: median ratio Sibyl / reference over the rounds, [lowest to highest"
                + " per-round ratio], then the medians of both drivers. Above 1 favours Sibyl for"
                + " throughput, below 1 for the rest.\n\n");
    md.append("| path |");
    for (Metric metric : METRICS) {
      md.append(' ').append(metric.name()).append(" (").append(metric.unit()).append(") |");
    }
    md.append("\n| --- |");
    md.append(" ---: |".repeat(METRICS.size()));
    md.append('\n');
    for (PathResults path : results) {
      md.append("| ").append(path.path().label()).append(" |");
      for (Metric metric : METRICS) {
        double[] ratios = path.ratios(metric.value());
        md.append(
            String.format(
                Locale.ROOT,
                " %.2f [%.2f to %.2f] %s / %s |",
                PathResults.median(ratios),
                ratios[0],
                ratios[ratios.length - 1],
                SvgCharts.format(path.sibylMedian(metric.value())),
                SvgCharts.format(path.referenceMedian(metric.value()))));
      }
      md.append('\n');
    }
    md.append(
        "\nCharts: throughput.svg, cpu.svg, bytes.svg (medians per driver) and latency-*.svg"
            + " (percentiles over all rounds), beside this file.\n");
    return md.toString();
  }

  /** Writes {@code compare.md} and the charts; returns the files written. */
  static List<Path> write(List<PathResults> results, String markdown, Path directory)
      throws IOException {
    List<Path> written = new ArrayList<>();
    written.add(CompareMain.write(directory.resolve("compare.md"), markdown));
    written.add(
        CompareMain.write(
            directory.resolve("throughput.svg"),
            SvgCharts.bars(
                "Throughput (median over rounds; higher is better)",
                "ops/s",
                bars(results, ScenarioResult::opsPerSecond))));
    written.add(
        CompareMain.write(
            directory.resolve("cpu.svg"),
            SvgCharts.bars(
                "Client CPU per request (median over rounds; lower is better)",
                "µs",
                bars(results, ScenarioResult::cpuMicrosPerOp))));
    written.add(
        CompareMain.write(
            directory.resolve("bytes.svg"),
            SvgCharts.bars(
                "Bytes allocated per request (median over rounds; lower is better)",
                "B",
                bars(results, ScenarioResult::bytesPerOp))));
    for (PathResults path : results) {
      written.add(
          CompareMain.write(
              directory.resolve("latency-" + path.path().slug() + ".svg"),
              SvgCharts.percentiles(
                  "Latency by percentile: " + path.path().label(),
                  path.sibylLatencies(),
                  path.referenceLatencies())));
    }
    return written;
  }

  private static List<SvgCharts.Bar> bars(
      List<PathResults> results, ToDoubleFunction<ScenarioResult> metric) {
    List<SvgCharts.Bar> bars = new ArrayList<>();
    for (PathResults path : results) {
      bars.add(
          new SvgCharts.Bar(
              path.path().label(), path.sibylMedian(metric), path.referenceMedian(metric)));
    }
    return bars;
  }
}
