package io.sibyl.bench.mapper;

import io.netty.util.ResourceLeakDetector;
import io.sibyl.bench.jmh.RepositoryObserverBenchmark;
import io.sibyl.bench.load.ThreadCpu;
import java.util.Arrays;
import java.util.List;

/**
 * The CPU cost per {@code KvRepository.save} of {@link RepositoryObserverBenchmark}'s three
 * variants, for machines too loaded for wall-clock throughput to mean much: the CPU time of every
 * thread of this JVM (caller, driver event loop, in-process responder) per call, measured in blocks
 * that alternate between the variants, so that a change in the machine's load hits all three alike.
 * Prints the median per variant and the ratios to the call without the hook.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.sibyl.bench.mapper.ObserverCpuCost [rounds] [calls]
 * }</pre>
 */
public final class ObserverCpuCost {
  private ObserverCpuCost() {}

  /**
   * Runs the measurement.
   *
   * @param args rounds (default 21) and calls per block (default 5000)
   */
  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 21;
    int calls = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    RepositoryObserverBenchmark benchmark = new RepositoryObserverBenchmark();
    benchmark.setUp();
    try {
      List<Runnable> variants =
          List.of(benchmark::noHook, benchmark::noRegistry, benchmark::simpleMeterRegistry);
      List<String> names = List.of("no hook", "no registry bound", "SimpleMeterRegistry bound");
      for (Runnable variant : variants) {
        block(variant, 20_000); // warm-up
      }
      double[][] nanos = new double[variants.size()][rounds];
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < variants.size(); i++) {
          int v = (round + i) % variants.size(); // rotate the order each round
          nanos[v][round] = block(variants.get(v), calls);
        }
      }
      double baseline = median(nanos[0]);
      for (int v = 0; v < variants.size(); v++) {
        double median = median(nanos[v]);
        System.out.printf(
            "%-26s CPU per call: median %,8.0f ns (min %,8.0f, max %,8.0f); / no hook %.3f%n",
            names.get(v),
            median,
            Arrays.stream(nanos[v]).min().orElseThrow(),
            Arrays.stream(nanos[v]).max().orElseThrow(),
            median / baseline);
      }
    } finally {
      benchmark.tearDown();
    }
  }

  /** Runs {@code calls} calls; returns the CPU time of all threads per call, in nanoseconds. */
  private static double block(Runnable call, int calls) {
    long before = ThreadCpu.allThreads();
    for (int i = 0; i < calls; i++) {
      call.run();
    }
    return (ThreadCpu.allThreads() - before) / (double) calls;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
