package io.sibyl.bench.jmh;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.mapper.KvRepository;
import io.sibyl.bench.mapper.KvRow;
import io.sibyl.bench.mapper.UnobservedKvRepository;
import io.sibyl.bench.responder.CannedStatement;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.Session;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.StatementPreparation;
import io.sibyl.mapper.observe.RepositoryObserver;
import io.sibyl.micrometer.SibylObservability;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the per-repository-method metrics hook ({@code sibyl.repository.calls}) costs on a whole
 * repository call: the generated {@code KvRepository.save} with no registry bound ({@link
 * RepositoryObserver#NONE}, the default) and with a {@link SimpleMeterRegistry} bound through
 * {@code sibyl-micrometer}, against the same call without the hook ({@link
 * UnobservedKvRepository}). The three share one session to the in-process responder, so the network
 * and the server cost the same in each; only the repository observer differs (the session itself is
 * not instrumented).
 */
@State(Scope.Thread)
public class RepositoryObserverBenchmark {
  private NativeProtocolResponder responder;
  private Session session;
  private UnobservedKvRepository noHook;
  private KvRepository noRegistry;
  private KvRepository simpleMeterRegistry;
  private int next;

  /** Starts the responder, connects, and builds the three repositories. */
  @Setup(Level.Trial)
  public void setUp() {
    List<CannedStatement> canned = new ArrayList<>(KvTable.cannedStatements());
    canned.add(findById()); // prepared with the repository's other statements, never run
    responder = NativeProtocolResponder.start(canned);
    session =
        Session.builder()
            .addContactPoint(responder.address())
            .localDatacenter("datacenter1")
            .build();
    noHook = new UnobservedKvRepository(session);
    noRegistry = repository(RepositoryObserver.NONE);
    simpleMeterRegistry =
        repository(
            SibylObservability.builder(new SimpleMeterRegistry()).build().repositoryObserver());
  }

  /** {@code KvRepository.findById}'s SELECT, which differs from the load test's. */
  private static CannedStatement findById() {
    List<CannedStatement.Column> columns =
        List.of(
            new CannedStatement.Column("id", DataTypes.INT),
            new CannedStatement.Column("name", DataTypes.TEXT),
            new CannedStatement.Column("amount", DataTypes.BIGINT),
            new CannedStatement.Column("updated", DataTypes.TIMESTAMP));
    return new CannedStatement(
        "SELECT id, name, amount, updated FROM bench.kv WHERE id = ?",
        KvTable.KEYSPACE,
        KvTable.TABLE,
        List.of(columns.get(0)),
        new int[] {0},
        columns,
        List.of(List.of(42, KvTable.name(42), KvTable.amount(42), KvTable.UPDATED)));
  }

  private KvRepository repository(RepositoryObserver observer) {
    return Mapper.builder(session)
        .preparation(StatementPreparation.EAGER)
        .repositoryObserver(observer)
        .build()
        .repository(KvRepository.class);
  }

  /** Closes the session and stops the responder. */
  @TearDown(Level.Trial)
  public void tearDown() {
    session.close();
    responder.close();
  }

  private KvRow row() {
    next = next == KvTable.KEYS - 1 ? 0 : next + 1;
    return KvRow.of(next);
  }

  /** The call without the hook. */
  @Benchmark
  public void noHook() {
    noHook.save(row());
  }

  /** The generated call, no registry bound (the default). */
  @Benchmark
  public void noRegistry() {
    noRegistry.save(row());
  }

  /** The generated call reporting to a {@link SimpleMeterRegistry}. */
  @Benchmark
  public void simpleMeterRegistry() {
    simpleMeterRegistry.save(row());
  }
}
