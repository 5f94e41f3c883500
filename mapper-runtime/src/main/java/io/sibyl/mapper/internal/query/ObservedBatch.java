package io.sibyl.mapper.internal.query;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ColumnDefinition;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Session;
import io.sibyl.mapper.observe.Observed;
import io.sibyl.mapper.observe.RepositoryObserver;
import java.util.concurrent.CompletionStage;

/**
 * Runs a batch ({@code Mapper.loggedBatch()} and the like, or the DSL's {@code QueryBatch}) under
 * the mapper's {@link RepositoryObserver}: method {@code batch} (or {@code batchAsync}), repository
 * the table that every statement of the batch writes, or {@code batch} when they write several
 * tables or a plain-CQL statement is in it. With {@link RepositoryObserver#NONE} the batch runs
 * directly.
 */
public final class ObservedBatch {

  /** The repository name of a batch whose tables are several or not all known. */
  public static final String MIXED = "batch";

  private ObservedBatch() {}

  /** Runs {@code batch} and waits for it, telling {@code observer}. */
  public static ResultSet execute(
      Session session, RepositoryObserver observer, BatchStatement batch) {
    if (observer == RepositoryObserver.NONE) {
      return session.execute(batch);
    }
    Object call = Observed.start(observer, repository(batch), "batch");
    ResultSet rs;
    try {
      rs = session.execute(batch);
    } catch (RuntimeException | Error e) {
      Observed.stopQuietly(observer, call, e);
      throw e;
    }
    Observed.stopQuietly(observer, call, null);
    return rs;
  }

  /** Runs {@code batch} without blocking; {@code observer} hears when it ends. */
  public static CompletionStage<AsyncResultSet> executeAsync(
      Session session, RepositoryObserver observer, BatchStatement batch) {
    if (observer == RepositoryObserver.NONE) {
      return session.executeAsync(batch);
    }
    Object call = Observed.start(observer, repository(batch), "batchAsync");
    CompletionStage<AsyncResultSet> rs;
    try {
      rs = session.executeAsync(batch);
    } catch (RuntimeException | Error e) {
      Observed.stopQuietly(observer, call, e);
      throw e;
    }
    return Observed.whenDone(observer, call, rs);
  }

  /**
   * The table name (without keyspace) that every statement of {@code batch} writes, read from the
   * prepared statements' variables; {@link #MIXED} otherwise.
   */
  static String repository(BatchStatement batch) {
    String table = null;
    for (BatchableStatement statement : batch.statements()) {
      String own = statement instanceof BoundStatement bound ? table(bound) : null;
      if (own == null || (table != null && !table.equals(own))) {
        return MIXED;
      }
      table = own;
    }
    return table == null ? MIXED : table;
  }

  private static String table(BoundStatement bound) {
    for (ColumnDefinition variable : bound.preparedStatement().variableDefinitions()) {
      if (variable.table() != null) {
        return variable.table();
      }
    }
    return null;
  }
}
