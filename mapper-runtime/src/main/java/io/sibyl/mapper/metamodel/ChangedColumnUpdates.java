package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.PrimaryKeyChangedException;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.RepositorySupport;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The changed-column updates of one repository method ({@code @Update void update(E before, E
 * after)}): writes only the columns that differ, with one prepared statement per set of changed
 * columns and kinds of change (its CQL text), on the repository's session.
 *
 * @param <T> the entity type
 */
public final class ChangedColumnUpdates<T> {

  private final RepositorySupport support;
  private final TableMetamodel<T> model;
  private final String table;
  private final ConcurrentMap<String, PreparedCql> statements = new ConcurrentHashMap<>();

  /**
   * The changed-column updates of an entity's table for a generated repository method.
   *
   * @param support the repository's support (session, keyspace, observer)
   * @param model the entity's metamodel ({@code User_.METAMODEL_})
   * @param declaredKeyspace the keyspace fixed at compile time (entity or repository), in CQL form,
   *     or empty
   * @param <T> the entity type
   * @return the updates, preparing their statements on first use
   */
  public static <T> ChangedColumnUpdates<T> of(
      RepositorySupport support, TableMetamodel<T> model, String declaredKeyspace) {
    return new ChangedColumnUpdates<>(
        support, model, support.table(declaredKeyspace, model.tableCql()));
  }

  private ChangedColumnUpdates(RepositorySupport support, TableMetamodel<T> model, String table) {
    this.support = support;
    this.model = model;
    this.table = table;
  }

  /**
   * Writes the columns that differ; sends nothing when none does.
   *
   * @return whether a statement was sent
   * @throws PrimaryKeyChangedException if the primary keys differ (nothing is sent)
   */
  public boolean update(T before, T after) {
    BoundStatement bs = statement(before, after);
    if (bs == null) {
      return false;
    }
    support.execute(bs);
    return true;
  }

  /** {@link #update} without blocking. */
  public CompletionStage<Boolean> updateAsync(T before, T after) {
    List<ColumnChange<T>> changes;
    try {
      changes = ColumnChanges.of(model, before, after);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (changes.isEmpty()) {
      return CompletableFuture.completedFuture(false);
    }
    return prepared(changes)
        .bindAsync()
        .thenCompose(bs -> support.executeAsync(bind(bs, changes, after)))
        .thenApply(rs -> true);
  }

  /** The bound update of the changes, or null when nothing differs (prepares if needed). */
  public BoundStatement statement(T before, T after) {
    List<ColumnChange<T>> changes = ColumnChanges.of(model, before, after);
    if (changes.isEmpty()) {
      return null;
    }
    return bind(prepared(changes).bind(), changes, after);
  }

  /** The number of statement shapes prepared so far. */
  public int shapes() {
    return statements.size();
  }

  private PreparedCql prepared(List<ColumnChange<T>> changes) {
    StringBuilder cql = new StringBuilder("UPDATE ").append(table).append(" SET ");
    boolean idempotent = true;
    for (int i = 0; i < changes.size(); i++) {
      ColumnChange<T> change = changes.get(i);
      cql.append(i == 0 ? "" : ", ").append(change.assignment().cql());
      idempotent &= change.isIdempotent();
    }
    List<ColumnRef<T, ?>> columns = model.columns();
    for (int k = 0; k < model.keySize(); k++) {
      cql.append(k == 0 ? " WHERE " : " AND ").append(columns.get(k).cql()).append(" = ?");
    }
    boolean retry = idempotent;
    return statements.computeIfAbsent(cql.toString(), text -> support.prepare(text, retry));
  }

  private BoundStatement bind(BoundStatement bs, List<ColumnChange<T>> changes, T after) {
    int i = 0;
    for (ColumnChange<T> change : changes) {
      Assignment<T> assignment = change.assignment();
      i = assignment.bind(bs, i);
    }
    PropertyReader<T> properties = model.properties();
    for (int k = 0; k < model.keySize(); k++) {
      model.columns().get(k).bindValue(bs, i++, properties.get(after, k));
    }
    return bs;
  }
}
