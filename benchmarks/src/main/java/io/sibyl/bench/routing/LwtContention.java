package io.sibyl.bench.routing;

import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.policy.DefaultLoadBalancingPolicy;
import io.sibyl.embedded.EmbeddedCassandra;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Concurrent conditional updates of one partition on a three-node cluster (replication factor 3),
 * routed by the default policy's LWT plan (primary replica first) and by the rotating plan (LWT
 * routing off), in alternating phases. Reports throughput, CAS write timeouts, CAS unknowns, other
 * errors, retries and latencies for each, then the ratios.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar:benchmarks/target/lib/*
 * io.sibyl.bench.routing.LwtContention [seconds-per-phase] [in-flight] [rounds]} (defaults 10, 16,
 * 2). Starts its own embedded nodes and stops them at the end.
 */
public final class LwtContention {
  private LwtContention() {}

  /**
   * Runs the comparison.
   *
   * @param args seconds per phase, updates in flight, rounds (each round runs both plans)
   */
  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    int inFlight = args.length > 1 ? Integer.parseInt(args[1]) : 16;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    System.out.println("[lwt] starting three embedded nodes");
    try (EmbeddedCassandra cluster = EmbeddedCassandra.builder().nodes(3).start();
        Session lwtAware = session(cluster, new DefaultLoadBalancingPolicy());
        Session rotating = session(cluster, new DefaultLoadBalancingPolicy().withoutLwtRouting())) {
      lwtAware.execute(
          "CREATE KEYSPACE IF NOT EXISTS bench WITH replication ="
              + " {'class': 'NetworkTopologyStrategy', '"
              + cluster.localDatacenter()
              + "': 3}");
      lwtAware.execute("CREATE TABLE IF NOT EXISTS bench.lwt (k int PRIMARY KEY, v int)");
      lwtAware.execute("INSERT INTO bench.lwt (k, v) VALUES (0, 0)");
      SimpleStatement cql =
          SimpleStatement.of("UPDATE bench.lwt SET v = ? WHERE k = 0 IF EXISTS").withLwt(true);
      PreparedStatement aware = lwtAware.prepare(cql);
      PreparedStatement plain = rotating.prepare(cql);
      ContentionRun.Result warmAware = new ContentionRun(lwtAware, aware, inFlight).run(2);
      ContentionRun.Result warmPlain = new ContentionRun(rotating, plain, inFlight).run(2);
      System.out.printf(
          "[lwt] warm-up done (%d and %d updates)%n", warmAware.completed(), warmPlain.completed());
      List<ContentionRun.Result> awareResults = new ArrayList<>();
      List<ContentionRun.Result> plainResults = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        plainResults.add(report("rotating", new ContentionRun(rotating, plain, inFlight), seconds));
        awareResults.add(
            report("lwt-aware", new ContentionRun(lwtAware, aware, inFlight), seconds));
      }
      ContentionRun.Result a = ContentionRun.Result.sum(awareResults);
      ContentionRun.Result p = ContentionRun.Result.sum(plainResults);
      System.out.println();
      System.out.println(
          "| plan | updates/s | CAS write timeouts | CAS unknowns | other errors"
              + " | retries | p50 ms | p99 ms |");
      System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
      System.out.println(a.row("lwt-aware"));
      System.out.println(p.row("rotating"));
      System.out.printf(
          Locale.ROOT,
          "ratios lwt-aware / rotating: throughput %.2f, CAS failures (timeouts + unknowns) %s,"
              + " p99 %.2f%n",
          a.throughput() / p.throughput(),
          p.casFailures() == 0
              ? "n/a (none with rotating)"
              : String.format(Locale.ROOT, "%.2f", (double) a.casFailures() / p.casFailures()),
          a.p99Millis() / p.p99Millis());
    }
  }

  private static ContentionRun.Result report(String name, ContentionRun run, int seconds)
      throws InterruptedException {
    ContentionRun.Result result = run.run(seconds);
    System.out.println(result.row(name));
    return result;
  }

  private static Session session(EmbeddedCassandra cluster, DefaultLoadBalancingPolicy policy) {
    return Session.builder()
        .addContactPoints(cluster.contactPoints())
        .localDatacenter(cluster.localDatacenter())
        .loadBalancingPolicy(policy)
        .requestTimeout(Duration.ofSeconds(20))
        .build();
  }
}
