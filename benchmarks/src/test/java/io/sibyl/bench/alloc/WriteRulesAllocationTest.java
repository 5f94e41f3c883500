package io.sibyl.bench.alloc;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.ResourceLeakDetector;
import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.mapper.CheckedKvRepository;
import io.sibyl.bench.mapper.CheckedKvRow;
import io.sibyl.bench.mapper.CheckedKvRow_;
import io.sibyl.bench.mapper.HookedKvRow;
import io.sibyl.bench.mapper.KvRepository;
import io.sibyl.bench.mapper.KvRow;
import io.sibyl.bench.mapper.KvRow_;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Generated validation and defaults allocate nothing on the insert path while the entity is valid
 * and its defaulted values are given: bytes allocated per sync insert (all threads, against the
 * in-process responder) of an entity with constraints and a default stay within a few bytes of the
 * same row without them, through a repository and through the DSL. Prints what a {@code
 * Validatable} hook (its violation list) and an applied default on a record (a copy) add.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class WriteRulesAllocationTest {
  private static final AllocationMeter ALL_THREADS = new AllocationMeter(Set.of());

  private static final int WARM_UP = 20_000;
  private static final int MEASURED = 40_000;

  private static NativeProtocolResponder responder;
  private static ResourceLeakDetector.Level leakLevel;
  private static Session session;
  private static KvRepository plain;
  private static CheckedKvRepository checked;
  private static QueryTable<KvRow> plainTable;
  private static QueryTable<CheckedKvRow> checkedTable;

  @BeforeAll
  static void start() {
    // The tests' paranoid leak detection records a stack trace per buffer: measure without it.
    leakLevel = ResourceLeakDetector.getLevel();
    ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    responder = NativeProtocolResponder.start(KvTable.cannedStatements());
    session =
        Session.builder()
            .addContactPoint(responder.address())
            .localDatacenter("datacenter1")
            .build();
    Mapper mapper = Mapper.builder(session).build();
    plain = mapper.repository(KvRepository.class);
    checked = mapper.repository(CheckedKvRepository.class);
    plainTable = KvRow_.table(mapper);
    checkedTable = CheckedKvRow_.table(mapper);
  }

  @AfterAll
  static void stop() {
    session.close();
    responder.close();
    ResourceLeakDetector.setLevel(leakLevel);
  }

  @Test
  void should_allocate_nothing_more_for_constraints_and_given_defaults() {
    IntConsumer repositoryPlain = i -> plain.save(KvRow.of(i % KvTable.KEYS));
    IntConsumer repositoryChecked = i -> checked.save(CheckedKvRow.of(i % KvTable.KEYS));
    IntConsumer dslPlain = i -> plainTable.save(KvRow.of(i % KvTable.KEYS));
    IntConsumer dslChecked = i -> checkedTable.save(CheckedKvRow.of(i % KvTable.KEYS));
    IntConsumer hooked = i -> checked.saveHooked(HookedKvRow.of(i % KvTable.KEYS));
    CheckedKvRow[] missing = new CheckedKvRow[KvTable.KEYS];
    for (int id = 0; id < KvTable.KEYS; id++) {
      missing[id] = new CheckedKvRow(id, KvTable.name(id), KvTable.amount(id), null);
    }
    IntConsumer defaulted = i -> checked.save(missing[i % KvTable.KEYS]);

    // Alternating, the lower of three runs each: the first runs of a JVM pay one-time costs.
    double[] best = new double[6];
    IntConsumer[] runs = {
      repositoryPlain, repositoryChecked, dslPlain, dslChecked, hooked, defaulted
    };
    java.util.Arrays.fill(best, Double.MAX_VALUE);
    for (int round = 0; round < 3; round++) {
      for (int k = 0; k < runs.length; k++) {
        best[k] = Math.min(best[k], bytesPerInsert(runs[k]));
      }
    }
    System.out.printf(
        "Bytes allocated per sync insert: repository %.0f (no rules) / %.0f (constraints and a"
            + " given default); DSL %.0f / %.0f; with a Validatable hook %.0f; with the default"
            + " applied (record copy and Instant) %.0f%n",
        best[0], best[1], best[2], best[3], best[4], best[5]);

    // 64 B of slack: the same code measures up to ~110 B apart between runs on a loaded machine
    // (JIT and one-time costs land in whichever run they happen in); a real per-request cost of
    // one object or more on every request still shows over three rounds.
    assertThat(best[1]).isLessThanOrEqualTo(best[0] + 64);
    assertThat(best[3]).isLessThanOrEqualTo(best[2] + 64);
  }

  private static double bytesPerInsert(IntConsumer insert) {
    for (int i = 0; i < WARM_UP; i++) {
      insert.accept(i);
    }
    long before = ALL_THREADS.snapshot();
    for (int i = 0; i < MEASURED; i++) {
      insert.accept(i);
    }
    return (ALL_THREADS.snapshot() - before) / (double) MEASURED;
  }
}
