package io.sibyl.bench.mapper;

import io.sibyl.bench.load.KvTable;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Session;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.RepositorySupport;

/**
 * {@code KvRepositoryImpl.save} as the processor would write it without the repository observer
 * hook: the same statement, binding and execution, minus {@code Observed.start} and {@code
 * stopQuietly}. The baseline of {@code RepositoryObserverBenchmark} and of the allocation check.
 */
public final class UnobservedKvRepository {
  private final RepositorySupport support;
  private final PreparedCql save;

  /** Prepares the INSERT on {@code session} (which belongs to the caller). */
  public UnobservedKvRepository(Session session) {
    this.support = new RepositorySupport(session, null, NullSavingStrategy.DEFAULT);
    this.save = support.prepare(KvTable.INSERT, true);
    save.bind(); // prepares now, as StatementPreparation.EAGER does for the generated one
  }

  /** Inserts a row, waiting for the answer. */
  public void save(KvRow row) {
    BoundStatement bs = this.save.bind();
    KvRowTable.bind(bs, row, KvRowTable.ALL, this.support.setsNulls(NullSavingStrategy.DEFAULT));
    this.support.execute(bs);
  }
}
