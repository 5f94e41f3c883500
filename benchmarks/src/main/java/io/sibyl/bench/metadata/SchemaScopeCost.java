package io.sibyl.bench.metadata;

import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.embedded.EmbeddedCassandra;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * What reading only the mapped keyspace's schema saves: one embedded node holding {@code tables}
 * unrelated tables (default 200) in another keyspace and one mapped table; then, alternating,
 * sessions with every keyspace's metadata, with {@code schemaMetadata("mapped")} and with {@code
 * schemaMetadataOnDemand()} plus {@code includeSchemaMetadata(["mapped"])} (what a mapper on such a
 * session does): the time from {@code build()} to the first row read, and the time of one {@code
 * refreshSchema()}. Prints the medians and their ratios.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar:benchmarks/target/lib/*
 * io.sibyl.bench.metadata.SchemaScopeCost [tables] [launches]} (defaults 200 and 7).
 */
public final class SchemaScopeCost {
  private SchemaScopeCost() {}

  /**
   * Runs the comparison.
   *
   * @param args the number of unrelated tables, the number of launches per variant
   */
  public static void main(String[] args) {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int launches = args.length > 1 ? Integer.parseInt(args[1]) : 7;
    System.out.println("[metadata] starting one embedded node");
    try (EmbeddedCassandra node = EmbeddedCassandra.builder().start()) {
      createSchema(node, tables);
      long[][] all = new long[2][launches];
      long[][] scoped = new long[2][launches];
      long[][] onDemand = new long[2][launches];
      measure(node, builder -> {}, new long[2][1], 0); // warm-up, every variant
      measure(node, builder -> builder.schemaMetadata("mapped"), new long[2][1], 0);
      measure(node, SessionBuilder::schemaMetadataOnDemand, new long[2][1], 0);
      for (int i = 0; i < launches; i++) {
        measure(node, builder -> {}, all, i);
        measure(node, builder -> builder.schemaMetadata("mapped"), scoped, i);
        measure(node, SessionBuilder::schemaMetadataOnDemand, onDemand, i);
      }
      System.out.println();
      System.out.println("| metadata | launch to first row, median ms | one refresh, median ms |");
      System.out.println("| --- | --- | --- |");
      System.out.printf(
          Locale.ROOT, "| every keyspace | %.1f | %.1f |%n", median(all[0]), median(all[1]));
      System.out.printf(
          Locale.ROOT,
          "| schemaMetadata(\"mapped\") | %.1f | %.1f |%n",
          median(scoped[0]),
          median(scoped[1]));
      System.out.printf(
          Locale.ROOT,
          "| schemaMetadataOnDemand() + include \"mapped\" | %.1f | %.1f |%n",
          median(onDemand[0]),
          median(onDemand[1]));
      System.out.printf(
          Locale.ROOT,
          "ratios scoped / all: launch %.2f, refresh %.2f; on demand / all: launch %.2f, refresh"
              + " %.2f (%d unrelated tables, %d launches each)%n",
          median(scoped[0]) / median(all[0]),
          median(scoped[1]) / median(all[1]),
          median(onDemand[0]) / median(all[0]),
          median(onDemand[1]) / median(all[1]),
          tables,
          launches);
    }
  }

  private static void createSchema(EmbeddedCassandra node, int tables) {
    try (Session admin = builder(node).build()) {
      admin.execute(
          "CREATE KEYSPACE IF NOT EXISTS unrelated WITH replication ="
              + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
      admin.execute(
          "CREATE KEYSPACE IF NOT EXISTS mapped WITH replication ="
              + " {'class': 'SimpleStrategy', 'replication_factor': 1}");
      admin.execute("CREATE TABLE IF NOT EXISTS mapped.items (k int PRIMARY KEY, v text)");
      admin.execute("INSERT INTO mapped.items (k, v) VALUES (1, 'one')");
      long start = System.nanoTime();
      for (int i = 0; i < tables; i++) {
        admin.execute(
            "CREATE TABLE IF NOT EXISTS unrelated.t"
                + i
                + " (id uuid, part int, name text, tags set<text>, attrs map<text, text>,"
                + " created timestamp, PRIMARY KEY ((id, part), created))");
      }
      System.out.printf(
          Locale.ROOT,
          "[metadata] %d unrelated tables ready in %.1f s%n",
          tables,
          (System.nanoTime() - start) / 1e9);
    }
  }

  private static void measure(
      EmbeddedCassandra node, Consumer<SessionBuilder> variant, long[][] into, int index) {
    SessionBuilder builder = builder(node);
    variant.accept(builder);
    long start = System.nanoTime();
    try (Session session = builder.build()) {
      if (session.schemaMetadataScoped()) {
        // What a mapper does on such a session (a no-op when "mapped" is already listed).
        session.includeSchemaMetadata(java.util.List.of("mapped")).toCompletableFuture().join();
      }
      session.execute("SELECT v FROM mapped.items WHERE k = 1").one();
      into[0][index] = System.nanoTime() - start;
      long refresh = System.nanoTime();
      session.refreshSchema();
      into[1][index] = System.nanoTime() - refresh;
    }
  }

  private static SessionBuilder builder(EmbeddedCassandra node) {
    SessionBuilder builder =
        Session.builder()
            .addContactPoints(node.contactPoints())
            .localDatacenter(node.localDatacenter());
    if (node.username() != null) {
      builder.credentials(node.username(), node.password());
    }
    return builder;
  }

  private static double median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2] / 1e6;
  }
}
