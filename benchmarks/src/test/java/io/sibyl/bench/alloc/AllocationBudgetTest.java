package io.sibyl.bench.alloc;

import io.sibyl.bench.mapper.SibylDslClient;
import io.sibyl.bench.mapper.SibylRepositoryClient;
import io.sibyl.bench.mapper.SibylStatementsClient;
import io.sibyl.driver.Session;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Allocation budgets, enforced by every build: the bytes allocated per request on each path users
 * take (hand-written statements, the generated repository and the query DSL, sync and async),
 * against the in-process responder, must stay within the budgets below. Allocation is deterministic
 * enough to gate on; time is not, and is measured by the benchmarks instead.
 *
 * <p>Method: one session (protocol v5, the default) on the responder, every client on it; each path
 * is warmed up ({@value #WARM_UP} requests, so that the JIT has compiled and scalar-replaced what
 * it will), then measured twice over 10,000 requests (property {@code sibyl.alloc.requests}) with
 * {@link AllocationMeter} (every thread but the responder's: the caller and the driver's event
 * loop), keeping the lower of the two (a late compilation or deoptimisation can only add bytes).
 * The asynchronous paths keep {@value RequestPath#WINDOW} requests in flight.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AllocationBudgetTest {
  static final int WARM_UP = 15_000;
  static final int MEASURED = Integer.getInteger("sibyl.alloc.requests", 10_000);

  /**
   * Set to a comma-separated list of path names to measure only those, e.g. under a JFR recording
   * (docs/performance.md has the command); empty for every path.
   */
  static final String ONLY = System.getProperty("sibyl.alloc.paths", "");

  /**
   * Bytes per request: the highest of four runs of the merged tree of 2026-12-07
   * (docs/performance.md, "Issue 19, third round: the merged tree") plus about 12 % (runs of the
   * same code differ by up to 90 B on a loaded machine). Lower a budget when a change cuts a path's
   * allocation.
   */
  static final AllocationBudgets BUDGETS =
      new AllocationBudgets()
          .budget("async insert", 585)
          .budget("async select", 810)
          .budget("sync insert", 585)
          .budget("sync select", 810)
          .budget("repository async insert", 605)
          .budget("repository async select", 835)
          .budget("repository sync insert", 585)
          .budget("repository sync select", 810)
          .budget("DSL sync select", 915)
          .budget("DSL async select", 930);

  /**
   * The mapper paths against the hand-written paths measured in the same run: within 3 % plus the
   * spread between runs ({@link MapperOverheads}), plus what the mapper path is known to add. The
   * generated repository adds nothing, sync or async (the driver converts the result of an async
   * method as it completes the request: {@code Session.executeAsync(statement, converter)}). The
   * DSL builds its query per request: the {@code SelectQuery} (56 B) and the relation (32 B), which
   * C2 scalar-replaces in some runs only (docs/performance.md, "Third round: the DSL's select by
   * key"), besides the boxed key; its async select converts through the driver too (the function is
   * kept per shape).
   */
  static final MapperOverheads OVERHEADS =
      new MapperOverheads()
          .compare("repository async insert", "async insert", 0, "nothing known")
          .compare("repository async select", "async select", 0, "nothing known")
          .compare("repository sync insert", "sync insert", 0, "nothing known")
          .compare("repository sync select", "sync select", 0, "nothing known")
          .compare("DSL sync select", "sync select", 88, "query object, relation, boxed key")
          .compare("DSL async select", "async select", 88, "query object, relation, boxed key");

  private static ResponderFixture responder;
  private static Session session;

  @BeforeAll
  static void start() {
    responder = new ResponderFixture();
    session = responder.session();
  }

  @AfterAll
  static void stop() {
    try {
      if (session != null) {
        session.close();
      }
    } finally {
      responder.close();
    }
  }

  @Test
  void should_keep_every_path_within_its_allocation_budget() {
    SibylStatementsClient statements = new SibylStatementsClient(session);
    SibylRepositoryClient repository = new SibylRepositoryClient(session);
    SibylDslClient dsl = new SibylDslClient(session);
    List<RequestPath> paths =
        List.of(
            RequestPath.asyncInsert("async insert", statements),
            RequestPath.asyncSelect("async select", statements),
            RequestPath.syncInsert("sync insert", statements),
            RequestPath.syncSelect("sync select", statements),
            RequestPath.asyncInsert("repository async insert", repository),
            RequestPath.asyncSelect("repository async select", repository),
            RequestPath.syncInsert("repository sync insert", repository),
            RequestPath.syncSelect("repository sync select", repository),
            RequestPath.syncSelect("DSL sync select", dsl),
            RequestPath.asyncSelect("DSL async select", dsl));
    if (!ONLY.isBlank()) {
      List<String> only = List.of(ONLY.split("\\s*,\\s*"));
      paths = paths.stream().filter(path -> only.contains(path.name())).toList();
    }

    Map<String, Double> measured = measure(responder.meter(), paths, WARM_UP, MEASURED);

    StringBuilder table = new StringBuilder("Bytes allocated per request (budget):\n");
    measured.forEach(
        (path, bytes) ->
            table.append(
                String.format(
                    Locale.ROOT, "  %-26s %,7.0f  (%,d)%n", path, bytes, BUDGETS.budgetOf(path))));
    System.out.print(table);
    BUDGETS.check(measured);
    OVERHEADS.check(measured);
  }

  /**
   * Warms every path up, then measures each twice and keeps the lower figure.
   *
   * @return bytes per request by path name, in the paths' order
   */
  static Map<String, Double> measure(
      AllocationMeter meter, List<RequestPath> paths, int warmUp, int requests) {
    for (RequestPath path : paths) {
      path.run(warmUp);
    }
    Map<String, Double> measured = new LinkedHashMap<>();
    for (RequestPath path : paths) {
      double first = bytesPerRequest(meter, path, requests);
      measured.put(path.name(), Math.min(first, bytesPerRequest(meter, path, requests)));
    }
    return measured;
  }

  private static double bytesPerRequest(AllocationMeter meter, RequestPath path, int requests) {
    long before = meter.snapshot();
    path.run(requests);
    return (meter.snapshot() - before) / (double) requests;
  }
}
