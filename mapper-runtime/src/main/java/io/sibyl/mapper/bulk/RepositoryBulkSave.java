package io.sibyl.mapper.bulk;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.RepositorySupport;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.TableMetamodel;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;

/**
 * The bulk save of one generated repository method ({@code BulkResult<E> saveAll(Iterable<E>)} and
 * its variants): the entities' inserts, written by a {@link BulkWriter} on the repository's session
 * with the method's {@link BulkOptions}. Each entity is prepared as a single insert would be
 * (defaults, then constraints); one that breaks a constraint is a failure of the result, not of the
 * whole write.
 *
 * @param <T> the entity type
 */
public final class RepositoryBulkSave<T> {
  private final RepositorySupport support;
  private final TableMetamodel<T> model;
  private final PreparedCql insert;
  private final boolean setNulls;
  private final int[] all;

  private RepositoryBulkSave(
      RepositorySupport support,
      TableMetamodel<T> model,
      String declaredKeyspace,
      NullSavingStrategy nullSaving) {
    this.support = support;
    this.model = model;
    List<ColumnRef<T, ?>> columns = model.columns();
    this.insert =
        support.prepare(
            "INSERT INTO "
                + support.table(declaredKeyspace, model.tableCql())
                + " ("
                + columns.stream().map(ColumnRef::cql).collect(Collectors.joining(", "))
                + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", "))
                + ")",
            true);
    this.setNulls = support.setsNulls(nullSaving);
    this.all = new int[columns.size()];
    for (int k = 0; k < all.length; k++) {
      all[k] = k;
    }
  }

  /**
   * The bulk save of an entity's table for a generated repository method; its insert is registered
   * with the repository's statements (so eager preparation prepares it).
   *
   * @param support the repository's support (session, keyspace, null-saving default)
   * @param model the entity's metamodel ({@code User_.METAMODEL_})
   * @param declaredKeyspace the keyspace fixed at compile time (entity or repository), in CQL form,
   *     or empty
   * @param nullSaving the strategy the processor resolved for the method ({@code DEFAULT}: the
   *     mapper's)
   * @param <T> the entity type
   * @return the bulk save
   */
  public static <T> RepositoryBulkSave<T> of(
      RepositorySupport support,
      TableMetamodel<T> model,
      String declaredKeyspace,
      NullSavingStrategy nullSaving) {
    return new RepositoryBulkSave<>(
        Objects.requireNonNull(support, "support"),
        Objects.requireNonNull(model, "model"),
        declaredKeyspace,
        Objects.requireNonNull(nullSaving, "nullSaving"));
  }

  /**
   * Writes the entities and waits until each is written or failed.
   *
   * @throws BulkWriteException if reading the input failed
   */
  public BulkResult<T> saveAll(Iterator<? extends T> entities, BulkOptions options) {
    Objects.requireNonNull(entities, "entities");
    insert.prepared();
    return writer(options).write(entities);
  }

  /** {@link #saveAll} without blocking (preparing the insert first when needed). */
  public CompletionStage<BulkResult<T>> saveAllAsync(
      Iterator<? extends T> entities, BulkOptions options) {
    Objects.requireNonNull(entities, "entities");
    BulkWriter<T> writer;
    try {
      writer = writer(options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return insert.preparedAsync().thenCompose(prepared -> writer.writeAsync(entities));
  }

  private BulkWriter<T> writer(BulkOptions options) {
    return new BulkWriter<>(
        support.session(), this::bind, Objects.requireNonNull(options, "options"));
  }

  private BoundStatement bind(T entity) {
    T written = model.table().prepareInsert(Objects.requireNonNull(entity, "entity"));
    BoundStatement bs = insert.bind();
    model.binder().bind(bs, written, all, setNulls);
    return bs;
  }
}
