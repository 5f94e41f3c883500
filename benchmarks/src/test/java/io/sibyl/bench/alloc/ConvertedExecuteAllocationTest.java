package io.sibyl.bench.alloc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.util.ResourceLeakDetector;
import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code Session.executeAsync(statement, converter)} against the in-process responder: it completes
 * with the converted value, fails with the converter's own exception, and allocates no more than
 * {@code executeAsync(statement).thenApply(converter)}, whose extra stage it saves.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ConvertedExecuteAllocationTest {
  private static final AllocationMeter ALL_THREADS = new AllocationMeter(Set.of());

  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 40_000;

  private static NativeProtocolResponder responder;
  private static ResourceLeakDetector.Level leakLevel;
  private static Session session;
  private static PreparedStatement select;

  @BeforeAll
  static void start() {
    leakLevel = ResourceLeakDetector.getLevel();
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    responder = NativeProtocolResponder.start(KvTable.cannedStatements());
    session =
        Session.builder()
            .addContactPoint(responder.address())
            .localDatacenter("datacenter1")
            .build();
    select = session.prepare(KvTable.SELECT);
  }

  @AfterAll
  static void stop() {
    session.close();
    responder.close();
    ResourceLeakDetector.setLevel(leakLevel);
  }

  @Test
  void should_complete_with_the_converted_first_page() {
    String name =
        session
            .executeAsync(select.bind().setInt(0, 7), rows -> rows.one().getString("name"))
            .toCompletableFuture()
            .join();

    // The responder answers every SELECT with its one canned row.
    assertThat(name)
        .isNotNull()
        .isEqualTo(session.execute(select.bind().setInt(0, 7)).one().getString("name"));
  }

  @Test
  void should_fail_with_the_converters_exception_when_it_throws() {
    IllegalStateException broken = new IllegalStateException("converter broke");
    CompletionStage<Object> stage =
        session.executeAsync(
            select.bind().setInt(0, 7),
            rows -> {
              throw broken;
            });

    assertThatThrownBy(() -> stage.toCompletableFuture().join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isSameAs(broken);
  }

  @Test
  void should_allocate_no_more_than_a_chained_conversion() {
    Function<AsyncResultSet, Row> first = AsyncResultSet::one;
    double converted = Double.MAX_VALUE;
    double chained = Double.MAX_VALUE;
    run(true, first, WARM_UP);
    run(false, first, WARM_UP);
    for (int round = 0; round < 3; round++) {
      converted = Math.min(converted, run(true, first, MEASURED));
      chained = Math.min(chained, run(false, first, MEASURED));
    }
    System.out.printf(
        "Bytes per async select: executeAsync(statement, converter) %.0f,"
            + " executeAsync(statement).thenApply(converter) %.0f%n",
        converted, chained);

    // The stage and its completion node that thenApply adds (~64 B) against one converter
    // lambda (~24 B); 16 B of slack for the runs' noise.
    assertThat(converted).isLessThanOrEqualTo(chained - 16);
  }

  private static double run(boolean direct, Function<AsyncResultSet, Row> converter, int count) {
    long before = ALL_THREADS.snapshot();
    for (int i = 0; i < count; i++) {
      BoundStatement bound = select.bind().setInt(0, i % 100);
      CompletionStage<Row> stage =
          direct
              ? session.executeAsync(bound, converter)
              : session.executeAsync(bound).thenApply(converter);
      stage.toCompletableFuture().join();
    }
    return (ALL_THREADS.snapshot() - before) / (double) count;
  }
}
