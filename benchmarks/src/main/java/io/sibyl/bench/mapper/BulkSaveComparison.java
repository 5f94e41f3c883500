package io.sibyl.bench.mapper;

import io.sibyl.bench.load.Targets;
import io.sibyl.driver.ConcurrentExecution;
import io.sibyl.driver.Session;
import io.sibyl.embedded.EmbeddedCassandra;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.bulk.BulkOptions;
import io.sibyl.mapper.bulk.BulkResult;
import io.sibyl.mapper.query.QueryTable;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Saving many entities three ways against one embedded node: a sequential loop of {@code
 * save(row)}, the driver's {@link ConcurrentExecution} over {@code saveStatement(row)}, and {@code
 * QueryTable.saveAll} (both 64 in flight). The variants alternate within each round, so a change in
 * the machine's load hits all three alike; prints the median rows per second of each and the ratios
 * to the loop.
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar io.sibyl.bench.mapper.BulkSaveComparison [rounds] [rows]
 * }</pre>
 */
public final class BulkSaveComparison {
  private BulkSaveComparison() {}

  /**
   * Runs the comparison.
   *
   * @param args rounds (default 5) and rows per variant and round (default 5000, at most 10000)
   */
  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int rows = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    try (EmbeddedCassandra cassandra = Targets.startCassandra(0, System.out);
        Session session =
            Session.builder()
                .addContactPoint(cassandra.contactPoints().get(0))
                .localDatacenter(cassandra.localDatacenter())
                .build()) {
      QueryTable<KvRow> table = KvRow_.table(Mapper.builder(session).build());
      List<KvRow> input = IntStream.range(0, rows).mapToObj(KvRow::of).toList();
      List<String> names =
          List.of("sequential save loop", "ConcurrentExecution (64)", "saveAll (64)");
      List<Runnable> variants =
          List.of(
              () -> input.forEach(table::save),
              () -> {
                long failed =
                    ConcurrentExecution.executeAll(
                            session, input.stream().map(table::saveStatement), 64)
                        .stream()
                        .filter(o -> !o.succeeded())
                        .count();
                if (failed > 0) {
                  throw new IllegalStateException(failed + " writes failed");
                }
              },
              () -> {
                BulkResult<KvRow> result =
                    table.saveAll(input, BulkOptions.defaults().withConcurrency(64));
                result.orThrow();
              });
      for (Runnable variant : variants) {
        variant.run(); // warm-up
      }
      double[][] perSecond = new double[variants.size()][rounds];
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < variants.size(); i++) {
          int v = (round + i) % variants.size();
          long start = System.nanoTime();
          variants.get(v).run();
          perSecond[v][round] = rows / ((System.nanoTime() - start) / 1e9);
        }
      }
      double baseline = median(perSecond[0]);
      for (int v = 0; v < variants.size(); v++) {
        double median = median(perSecond[v]);
        System.out.printf(
            "%-26s median %,9.0f rows/s (min %,9.0f, max %,9.0f); / loop %.2f%n",
            names.get(v),
            median,
            Arrays.stream(perSecond[v]).min().orElseThrow(),
            Arrays.stream(perSecond[v]).max().orElseThrow(),
            median / baseline);
      }
    }
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
