package io.sibyl.bench.jmh;

import io.sibyl.bench.report.Comparison;
import io.sibyl.bench.report.Report;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the microbenchmarks of this package through JMH's API with the GC profiler, then pairs each
 * Sibyl benchmark with its reference driver counterpart in the {@link Report}: throughput and bytes
 * allocated per operation.
 */
public final class JmhPhase {
  /** The section of the report. */
  public static final String SECTION = "microbenchmarks (JMH, one operation = one frame/row)";

  /** The section of the mapper microbenchmarks (generated code against hand-written code). */
  public static final String MAPPER_SECTION =
      "mapper microbenchmarks (JMH, Sibyl generated / hand-written, no network)";

  /** The section of the repository observer hook (with the hook / without it). */
  public static final String OBSERVER_SECTION =
      "repository observer hook (JMH, KvRepository.save to the in-process responder; hook / no"
          + " hook)";

  private record Pair(
      String section, String label, String benchmarkClass, String sibyl, String reference) {
    Pair(String label, String benchmarkClass, String sibyl, String reference) {
      this(SECTION, label, benchmarkClass, sibyl, reference);
    }
  }

  private static final List<Pair> PAIRS =
      List.of(
          new Pair(
              "frame encode: EXECUTE, 8 values",
              "FrameCodecBenchmark",
              "sibylEncode",
              "referenceEncode"),
          new Pair(
              "frame decode: ROWS, 10 rows",
              "FrameCodecBenchmark",
              "sibylDecode",
              "referenceDecode"),
          new Pair(
              "row read: 8 mixed columns via Row",
              "RowDecodeBenchmark",
              "sibylRow",
              "referenceRow"),
          new Pair(
              "row read: Sibyl Row vs reference bare codecs",
              "RowDecodeBenchmark",
              "sibylRow",
              "referenceCodecs"),
          new Pair(
              "bind 8 values + EXECUTE envelope (v5)",
              "BoundStatementBenchmark",
              "sibylBindAndEncode",
              "referenceBindAndEncode"),
          new Pair(
              "codec encode: mixed row",
              "TypeCodecBenchmark",
              "sibylEncodeRow",
              "referenceEncodeRow"),
          new Pair(
              "codec decode: mixed row",
              "TypeCodecBenchmark",
              "sibylDecodeRow",
              "referenceDecodeRow"),
          new Pair(
              MAPPER_SECTION,
              "bind: INSERT of a KvRow entity",
              "RepositoryBindReadBenchmark",
              "generatedBind",
              "handWrittenBind"),
          new Pair(
              MAPPER_SECTION,
              "bind: the same, hand-written also made idempotent",
              "RepositoryBindReadBenchmark",
              "generatedBind",
              "handWrittenIdempotentBind"),
          new Pair(
              MAPPER_SECTION,
              "read: KvRow entity from a Row",
              "RepositoryBindReadBenchmark",
              "generatedRead",
              "handWrittenRead"),
          new Pair(
              OBSERVER_SECTION,
              "save: no registry bound (the default)",
              "RepositoryObserverBenchmark",
              "noRegistry",
              "noHook"),
          new Pair(
              OBSERVER_SECTION,
              "save: SimpleMeterRegistry bound",
              "RepositoryObserverBenchmark",
              "simpleMeterRegistry",
              "noHook"));

  private JmhPhase() {}

  /**
   * Runs the benchmarks whose name matches {@code include} and adds the comparisons to {@code
   * report}.
   *
   * @param quick one short iteration in this JVM (a smoke run), instead of a forked JVM per
   *     benchmark with 2 warm-up and 3 measured iterations of 1 s
   * @param log where JMH's own output goes
   */
  public static void run(boolean quick, String include, Path log, Report report, PrintStream out)
      throws RunnerException {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(include)
            .addProfiler(GCProfiler.class)
            .timeUnit(TimeUnit.SECONDS)
            .shouldFailOnError(true)
            .output(log.toString())
            .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn");
    if (quick) {
      options
          .forks(0)
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(300))
          .measurementIterations(1)
          .measurementTime(TimeValue.milliseconds(300));
    } else {
      options
          .forks(1)
          .warmupIterations(2)
          .warmupTime(TimeValue.seconds(1))
          .measurementIterations(3)
          .measurementTime(TimeValue.seconds(1));
    }
    out.println("[jmh] running microbenchmarks (JMH output: " + log + ")");
    Collection<RunResult> results = new Runner(options.build()).run();
    addComparisons(results, report);
  }

  static void addComparisons(Collection<RunResult> results, Report report) {
    for (Pair pair : PAIRS) {
      for (RunResult sibyl : results) {
        BenchmarkParams params = sibyl.getParams();
        if (!method(params).equals(pair.benchmarkClass() + "." + pair.sibyl())) {
          continue;
        }
        RunResult reference = counterpart(results, params, pair);
        if (reference == null) {
          continue;
        }
        String scenario = pair.label() + parameters(params);
        report.add(
            new Comparison(
                pair.section(),
                scenario,
                "throughput",
                "ops/s",
                sibyl.getPrimaryResult().getScore(),
                reference.getPrimaryResult().getScore(),
                true));
        report.add(
            new Comparison(
                pair.section(),
                scenario,
                "allocated",
                "B/op",
                allocatedPerOp(sibyl),
                allocatedPerOp(reference),
                false));
      }
    }
  }

  private static RunResult counterpart(
      Collection<RunResult> results, BenchmarkParams sibyl, Pair pair) {
    for (RunResult candidate : results) {
      BenchmarkParams params = candidate.getParams();
      if (method(params).equals(pair.benchmarkClass() + "." + pair.reference())
          && parameters(params).equals(parameters(sibyl))) {
        return candidate;
      }
    }
    return null;
  }

  private static String method(BenchmarkParams params) {
    String benchmark = params.getBenchmark();
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  private static String parameters(BenchmarkParams params) {
    List<String> values = new ArrayList<>();
    for (String key : params.getParamsKeys()) {
      values.add(params.getParam(key));
    }
    return values.isEmpty() ? "" : " [" + String.join(", ", values) + "]";
  }

  private static double allocatedPerOp(RunResult result) {
    Map<String, Result> secondary = result.getSecondaryResults();
    for (String key : List.of("gc.alloc.rate.norm", "·gc.alloc.rate.norm")) {
      Result value = secondary.get(key);
      if (value != null) {
        return value.getScore();
      }
    }
    return Double.NaN;
  }
}
