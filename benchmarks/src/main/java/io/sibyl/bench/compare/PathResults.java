package io.sibyl.bench.compare;

import io.sibyl.bench.load.ScenarioResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.HdrHistogram.Histogram;

/**
 * The rounds of one path: Sibyl's and the reference driver's result per round, with the median of
 * each metric per driver and the median and range of the per-round ratios (Sibyl / reference).
 */
public final class PathResults {
  private final ComparedPath path;
  private final List<ScenarioResult> sibyl = new ArrayList<>();
  private final List<ScenarioResult> reference = new ArrayList<>();

  /** Empty results of {@code path}. */
  public PathResults(ComparedPath path) {
    this.path = path;
  }

  /** The path. */
  public ComparedPath path() {
    return path;
  }

  /** Adds one round. */
  public void add(ScenarioResult sibylRound, ScenarioResult referenceRound) {
    sibyl.add(sibylRound);
    reference.add(referenceRound);
  }

  /** The rounds so far. */
  public int rounds() {
    return sibyl.size();
  }

  /** The median of a metric over Sibyl's rounds. */
  public double sibylMedian(ToDoubleFunction<ScenarioResult> metric) {
    return median(sibyl.stream().mapToDouble(metric).toArray());
  }

  /** The median of a metric over the reference driver's rounds. */
  public double referenceMedian(ToDoubleFunction<ScenarioResult> metric) {
    return median(reference.stream().mapToDouble(metric).toArray());
  }

  /** The per-round ratios Sibyl / reference of a metric, sorted. */
  public double[] ratios(ToDoubleFunction<ScenarioResult> metric) {
    double[] ratios = new double[sibyl.size()];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = metric.applyAsDouble(sibyl.get(i)) / metric.applyAsDouble(reference.get(i));
    }
    Arrays.sort(ratios);
    return ratios;
  }

  /** Sibyl's latencies over every round, in nanoseconds. */
  public Histogram sibylLatencies() {
    return merged(sibyl);
  }

  /** The reference driver's latencies over every round, in nanoseconds. */
  public Histogram referenceLatencies() {
    return merged(reference);
  }

  private static Histogram merged(List<ScenarioResult> results) {
    Histogram all = new Histogram(3);
    for (ScenarioResult result : results) {
      all.add(result.latencies());
    }
    return all;
  }

  /** The median of some values (the mean of the middle two for an even count). */
  public static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
