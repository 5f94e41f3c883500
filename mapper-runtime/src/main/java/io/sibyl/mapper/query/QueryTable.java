package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.TokenMap;
import io.sibyl.mapper.Connections;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.NotFoundException;
import io.sibyl.mapper.PrimaryKeyChangedException;
import io.sibyl.mapper.bulk.BulkOptions;
import io.sibyl.mapper.bulk.BulkResult;
import io.sibyl.mapper.bulk.BulkWriter;
import io.sibyl.mapper.bulk.ObservedBulk;
import io.sibyl.mapper.bulk.ScanOptions;
import io.sibyl.mapper.bulk.ScanResult;
import io.sibyl.mapper.bulk.TableScan;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.Results;
import io.sibyl.mapper.internal.query.SasiIndex;
import io.sibyl.mapper.metamodel.Assignment;
import io.sibyl.mapper.metamodel.ColumnChange;
import io.sibyl.mapper.metamodel.ColumnChanges;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.InvalidRestrictionException;
import io.sibyl.mapper.metamodel.PropertyReader;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.Selector;
import io.sibyl.mapper.metamodel.TableMetamodel;
import io.sibyl.mapper.metamodel.Token;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The query DSL's entry point for one table on one mapper ({@code User_.table(mapper)}): entity
 * operations ({@link #save}, {@link #get}, {@link #delete(Object)}...) and the select, update and
 * delete builders. Cheap to create; statements are cached per mapper, one per query shape.
 *
 * @param <T> the entity type
 */
public final class QueryTable<T> {

  private volatile InsertShapes insertShapes;
  private volatile String selectByKeyCql;
  private volatile String deleteByKeyCql;
  private final QueryContext<T> context;
  private final int[] all;
  private final int[] key;

  private QueryTable(QueryContext<T> context) {
    this.context = context;
    int size = context.model().columns().size();
    int keySize = context.model().keySize();
    this.all = new int[size];
    this.key = new int[size];
    for (int k = 0; k < size; k++) {
      all[k] = k;
      key[k] = k < keySize ? k : -1;
    }
  }

  /**
   * The DSL of the table of {@code model} on {@code mapper} (called by generated metamodels): on
   * the mapper's session and keyspace, or, for an entity of {@code @Table(connection = "name")}, on
   * that {@linkplain Connections named session} and its own keyspace.
   *
   * @throws io.sibyl.mapper.MapperException if the entity's connection is not registered
   */
  public static <T> QueryTable<T> of(Mapper mapper, TableMetamodel<T> model) {
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(model, "model");
    String connection = model.table().connection();
    if (connection != null) {
      return new QueryTable<>(
          new QueryContext<>(mapper, Connections.session(connection), null, model));
    }
    return new QueryTable<>(new QueryContext<>(mapper, model));
  }

  /**
   * This table's DSL on another session and keyspace (cqlengine's {@code using}): its statements
   * are prepared and cached for that session only.
   *
   * @param session the session to run on
   * @param keyspace the keyspace of the table (unless the entity names one), or null for the
   *     session's own
   */
  public QueryTable<T> using(Session session, String keyspace) {
    Objects.requireNonNull(session, "session");
    if (context.mapper() == null) {
      throw new IllegalStateException("This table is not bound to a mapper");
    }
    return new QueryTable<>(
        new QueryContext<>(context.mapper(), session, keyspace, context.model()));
  }

  /**
   * This table's DSL on a {@linkplain Connections named session} and a keyspace.
   *
   * @param connection a name registered with {@link Connections#register}
   * @param keyspace the keyspace of the table (unless the entity names one), or null for the
   *     session's own
   * @throws io.sibyl.mapper.MapperException if no session is registered under that name
   */
  public QueryTable<T> using(String connection, String keyspace) {
    return using(Connections.session(connection), keyspace);
  }

  /** This table's DSL on the same session, in another keyspace. */
  public QueryTable<T> inKeyspace(String keyspace) {
    return using(context.session(), Objects.requireNonNull(keyspace, "keyspace"));
  }

  /** The session this table's statements run on. */
  public Session session() {
    return context.session();
  }

  /** The qualified table name its statements use. */
  public String tableName() {
    return context.table();
  }

  /** A table that builds and checks queries without running them, for tests and tools. */
  static <T> QueryTable<T> unbound(TableMetamodel<T> model, String keyspace) {
    return new QueryTable<>(new QueryContext<>(model, keyspace));
  }

  /** A select of whole entities. */
  public SelectQuery<T, T> select() {
    return SelectQuery.entities(context);
  }

  /** A select of some columns, read through {@link Projection#get(Selector)}. */
  @SafeVarargs
  public final SelectQuery<T, Projection<T>> select(Selector<T, ?>... columns) {
    return SelectQuery.projection(context, List.of(columns));
  }

  /** An update; add assignments with {@code set} and the key with {@code where}. */
  public UpdateQuery<T> update() {
    return UpdateQuery.of(context);
  }

  /** A delete of whole rows; restrict them with {@code where}. */
  public DeleteQuery<T> delete() {
    return DeleteQuery.of(context, List.of());
  }

  /** A delete of some columns of a row (they become null). */
  @SafeVarargs
  public final DeleteQuery<T> deleteColumns(ColumnRef<T, ?>... columns) {
    return DeleteQuery.of(context, List.of(columns));
  }

  /**
   * The insert of an entity with options: a TTL, a timestamp, {@code IF NOT EXISTS}, a consistency
   * ({@code posts.insert(post).usingTtl(60).execute()}).
   */
  public InsertQuery<T> insert(T entity) {
    return InsertQuery.of(context, insertShapes(), all, entity);
  }

  /**
   * Inserts (or overwrites) an entity. Null properties with a {@code @Default} get its value
   * ({@link #prepareInsert}), the entity is checked against its constraints (nothing is sent when
   * it breaks one: {@code EntityValidationException}), and the other null properties follow the
   * mapper's null-saving strategy.
   */
  public void save(T entity) {
    context.execute("save", insert(entity, false));
  }

  /** {@link #save} without blocking. */
  public CompletionStage<Void> saveAsync(T entity) {
    try {
      return context.executeAsync("saveAsync", insert(entity, false)).thenApply(rs -> null);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** The insert {@link #save} sends, to run later or add to a batch. */
  public BoundStatement saveStatement(T entity) {
    return insert(entity, false);
  }

  /**
   * Saves many entities, at most {@link BulkOptions#defaults() 64} requests in flight, and waits
   * until each is written or failed; nothing is dropped silently: the result counts the written
   * ones and lists each failed one with its error. The mapper's repository observer hears one call
   * ({@code saveAll}) for the whole write (see {@link ObservedBulk}).
   */
  public BulkResult<T> saveAll(Iterable<? extends T> entities) {
    return saveAll(entities, BulkOptions.defaults());
  }

  /**
   * {@link #saveAll(Iterable)} with options: concurrency, unlogged batches per partition,
   * read-ahead window, progress callback.
   */
  public BulkResult<T> saveAll(Iterable<? extends T> entities, BulkOptions options) {
    return ObservedBulk.call(
        context.observer(),
        context.observedName(),
        "saveAll",
        () -> bulkWriter(options).write(entities.iterator()));
  }

  /**
   * Saves the entities of a stream, read lazily (a window at a time), so memory stays bounded
   * however long the stream; the stream is not closed.
   */
  public BulkResult<T> saveAll(Stream<? extends T> entities) {
    return saveAll(entities, BulkOptions.defaults());
  }

  /** {@link #saveAll(Stream)} with options. */
  public BulkResult<T> saveAll(Stream<? extends T> entities, BulkOptions options) {
    return ObservedBulk.call(
        context.observer(),
        context.observedName(),
        "saveAll",
        () -> bulkWriter(options).write(entities.iterator()));
  }

  /**
   * {@link #saveAll(Iterable, BulkOptions)} without blocking; the iterator is read by the threads
   * that complete requests.
   */
  public CompletionStage<BulkResult<T>> saveAllAsync(
      Iterator<? extends T> entities, BulkOptions options) {
    return ObservedBulk.callAsync(
        context.observer(),
        context.observedName(),
        "saveAllAsync",
        () -> bulkWriter(options).writeAsync(entities));
  }

  /**
   * Reads every row of the table in parallel over token ranges (see {@link TableScan}) and hands
   * each entity to {@code consumer}, one call at a time.
   */
  public ScanResult scan(Consumer<? super T> consumer) {
    return scan(ScanOptions.defaults(), consumer);
  }

  /**
   * {@link #scan(Consumer)} with options: ranges at once, number of ranges, and the checkpoint of
   * an earlier, interrupted scan to read only what it did not finish.
   */
  public ScanResult scan(ScanOptions options, Consumer<? super T> consumer) {
    return tableScan().run(options, consumer);
  }

  /** {@link #scan(ScanOptions, Consumer)} without blocking. */
  public CompletionStage<ScanResult> scanAsync(ScanOptions options, Consumer<? super T> consumer) {
    return tableScan().runAsync(options, consumer);
  }

  private BulkWriter<T> bulkWriter(BulkOptions options) {
    return new BulkWriter<>(context.session(), e -> insert(e, false), options);
  }

  private TableScan<T> tableScan() {
    String declared = context.model().declaredKeyspace();
    String keyspace =
        declared.isEmpty()
            ? (context.keyspace() != null ? context.keyspace() : context.session().keyspace())
            : SasiIndex.unquote(declared);
    return new TableScan<>(
        context.session(),
        context.table(),
        keyspace,
        range -> select().inTokenRange(range).routingToken(range.end()).pageAsync());
  }

  /** Adds the insert of an entity to a batch; returns the batch. */
  public QueryBatch saveTo(QueryBatch batch, T entity) {
    return batch.add(insert(entity, false));
  }

  /**
   * The entity as {@link #save} and {@link #insert} write it: each null property with a
   * {@code @Default} given its value, then checked against its constraints and its {@code
   * Validatable} hook. A bean is set in place and returned; a record or an immutable class comes
   * back as a copy, which is how a caller learns a generated key before saving it (saving the copy
   * applies nothing more, since its properties are no longer null). Returns {@code entity} itself
   * when the entity declares no default and no constraint.
   *
   * @throws io.sibyl.mapper.EntityValidationException listing every violation
   */
  public T prepareInsert(T entity) {
    return context.model().table().prepareInsert(Objects.requireNonNull(entity, "entity"));
  }

  /** The delete {@link #delete(Object)} sends, to run later or add to a batch. */
  public BoundStatement deleteStatement(T entity) {
    Objects.requireNonNull(entity, "entity");
    BoundStatement bs = keyStatement("DELETE").bind();
    context.model().binder().bind(bs, entity, key, true);
    return bs;
  }

  /** Inserts an entity unless its row exists ({@code IF NOT EXISTS}); the current row if not. */
  public LwtResult<T> saveIfAbsent(T entity) {
    return Results.lwt(
        context.execute("saveIfAbsent", insert(entity, true)), context.model().table());
  }

  /**
   * The entity of a primary key, or null. For a subtype of a polymorphic table, null also when the
   * row is of another subtype.
   *
   * @param key the values of the primary key columns, in key order
   */
  public T get(Object... key) {
    return Results.one(context.execute("get", byKey("SELECT", key)), context.model().table());
  }

  /**
   * The entity of a primary key.
   *
   * @param key the values of the primary key columns, in key order
   * @throws NotFoundException if there is no such row (naming the table and the query)
   */
  public T getOrThrow(Object... key) {
    T found =
        Results.one(context.execute("getOrThrow", byKey("SELECT", key)), context.model().table());
    if (found == null) {
      throw new NotFoundException(context.model().table().name(), selectByKeyCql);
    }
    return found;
  }

  /**
   * The columns that differ between two versions of an entity, and how {@link #update(Object,
   * Object)} would write each (a whole value, or elements added to or removed from a collection).
   *
   * @throws PrimaryKeyChangedException if their primary keys differ
   */
  public List<ColumnChange<T>> changes(T before, T after) {
    return ColumnChanges.of(context.model(), before, after);
  }

  /**
   * The update that writes only what differs between two versions of an entity, to add options
   * (TTL, timestamp, conditions, consistency) or put in a batch; empty when nothing differs.
   *
   * @throws PrimaryKeyChangedException if their primary keys differ
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Optional<UpdateQuery<T>> updateOf(T before, T after) {
    List<ColumnChange<T>> changes = changes(before, after);
    if (changes.isEmpty()) {
      return Optional.empty();
    }
    List<Assignment<T>> set = new ArrayList<>(changes.size());
    changes.forEach(c -> set.add(c.assignment()));
    int keySize = context.model().keySize();
    List<Restriction<T>> where = new ArrayList<>(keySize);
    PropertyReader<T> properties = context.model().properties();
    for (int k = 0; k < keySize; k++) {
      ColumnRef column = context.model().columns().get(k);
      where.add(column.eq(properties.get(after, k)));
    }
    return Optional.of(
        update().set(set.toArray(Assignment[]::new)).where(where.toArray(Restriction[]::new)));
  }

  /**
   * Writes only the columns that differ between two versions of an entity (cqlengine's
   * changed-column save): an {@code UPDATE} of those columns, where collection changes become
   * appends, removals and puts when that is equivalent; nothing at all is sent when nothing
   * differs. A null property that was not null before is written as null. The update is idempotent
   * (retried on timeouts) unless it appends to a list.
   *
   * @param before the entity as read
   * @param after the entity to store, with the same primary key
   * @return whether a statement was sent
   * @throws PrimaryKeyChangedException if their primary keys differ (nothing is sent)
   */
  public boolean update(T before, T after) {
    Optional<UpdateQuery<T>> update = updateOf(before, after);
    update.ifPresent(UpdateQuery::execute);
    return update.isPresent();
  }

  /** {@link #update(Object, Object)} without blocking. */
  public CompletionStage<Boolean> updateAsync(T before, T after) {
    Optional<UpdateQuery<T>> update;
    try {
      update = updateOf(before, after);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return update.isEmpty()
        ? CompletableFuture.completedFuture(false)
        : update.get().executeAsync().thenApply(r -> true);
  }

  /** Deletes the row of an entity's primary key. */
  public void delete(T entity) {
    context.execute("delete", deleteStatement(entity));
  }

  /**
   * Deletes the row of a primary key.
   *
   * @param key the values of the primary key columns, in key order
   */
  public void deleteByKey(Object... key) {
    context.execute("deleteByKey", byKey("DELETE", key));
  }

  /**
   * The token of a partition key, computed client side as the server computes {@code token(...)}:
   * the values serialized with the key columns' codecs (a composite key as Cassandra composes it),
   * hashed by the session's partitioner. Compare it with {@link Token} bounds: {@code
   * select().where(Token.of(PK).gt(table.tokenOf("a")))}, like cqlengine's {@code
   * pk__token__gt=Token(value)}. Prepares the table's select by key (once).
   *
   * @param partitionKey the values of the partition key columns, in key order
   * @throws InvalidRestrictionException if the number of values is not the partition key's or a
   *     value is null
   * @throws MapperException if the session's partitioner is not Murmur3 (the token is not a {@code
   *     long}) or the driver has no token ring (metadata disabled)
   */
  public long tokenOf(Object... partitionKey) {
    List<ColumnRef<T, ?>> columns = context.model().columns();
    int size = 0;
    while (size < columns.size() && columns.get(size).kind() == ColumnKind.PARTITION_KEY) {
      size++;
    }
    String name = context.model().table().name();
    if (partitionKey.length != size) {
      throw new InvalidRestrictionException(
          "A partition key of "
              + name
              + " has "
              + size
              + " column(s) ("
              + columns.subList(0, size).stream()
                  .map(ColumnRef::cql)
                  .collect(Collectors.joining(", "))
              + "), got "
              + partitionKey.length
              + " value(s) for tokenOf(...)");
    }
    TokenMap ring =
        context
            .tokenMap()
            .orElseThrow(
                () ->
                    new MapperException(
                        "tokenOf(...) on "
                            + name
                            + " needs the driver's token ring, which this session does not have:"
                            + " enable the token metadata"));
    if (!ring.partitioner().endsWith("Murmur3Partitioner")) {
      throw new MapperException(
          "tokenOf(...) on "
              + name
              + " gives Murmur3 tokens, but the cluster uses "
              + ring.partitioner()
              + ": compare with token() values of that partitioner in CQL instead");
    }
    BoundStatement bs = keyStatement("SELECT").bind();
    for (int k = 0; k < size; k++) {
      if (partitionKey[k] == null) {
        throw new InvalidRestrictionException(
            "Partition key column " + columns.get(k).cql() + " of " + name + " cannot be null");
      }
      columns.get(k).bindValue(bs, k, partitionKey[k]);
    }
    return (Long) ring.token(bs.routingKey());
  }

  /** The number of query shapes prepared so far by this table's mapper, for every table. */
  public int preparedShapes() {
    return context.cache() == null ? 0 : context.cache().size();
  }

  private BoundStatement insert(T entity, boolean ifNotExists) {
    Objects.requireNonNull(entity, "entity");
    InsertQuery.refuseCounters(context.model().table());
    T written = context.model().table().prepareInsert(entity);
    String cql = insertShapes().cql(ifNotExists, false, false);
    BoundStatement bs = context.statement(cql, !ifNotExists, () -> {}).bind();
    context.model().binder().bind(bs, written, all, context.setsNulls() && !ifNotExists);
    return bs;
  }

  // The texts of the fixed-shape statements, built once: they are also the prepared cache's keys.
  private InsertShapes insertShapes() {
    InsertShapes shapes = insertShapes;
    if (shapes == null) {
      String columns =
          context.model().columns().stream().map(ColumnRef::cql).collect(Collectors.joining(", "));
      String markers =
          context.model().columns().stream().map(c -> "?").collect(Collectors.joining(", "));
      shapes =
          new InsertShapes(
              "INSERT INTO " + context.table() + " (" + columns + ") VALUES (" + markers + ")");
      insertShapes = shapes;
    }
    return shapes;
  }

  private BoundStatement byKey(String verb, Object... values) {
    int keySize = context.model().keySize();
    if (values.length != keySize) {
      throw new InvalidRestrictionException(
          "A primary key of "
              + context.model().table().name()
              + " has "
              + keySize
              + " column(s) ("
              + context.model().columns().subList(0, keySize).stream()
                  .map(ColumnRef::cql)
                  .collect(Collectors.joining(", "))
              + "), got "
              + values.length
              + " value(s)");
    }
    BoundStatement bs = keyStatement(verb).bind();
    for (int k = 0; k < keySize; k++) {
      if (values[k] == null) {
        throw new InvalidRestrictionException(
            "Key column " + context.model().columns().get(k).cql() + " cannot be null");
      }
      context.model().columns().get(k).bindValue(bs, k, values[k]);
    }
    if (verb.equals("SELECT")) {
      List<Restriction<T>> fixed = context.model().fixedRestrictions();
      for (int i = 0; i < fixed.size(); i++) {
        fixed.get(i).bind(bs, keySize + i);
      }
    }
    return bs;
  }

  private PreparedCql keyStatement(String verb) {
    boolean select = verb.equals("SELECT");
    String cql = select ? selectByKeyCql : deleteByKeyCql;
    if (cql == null) {
      List<ColumnRef<T, ?>> columns = context.model().columns();
      String where =
          columns.subList(0, context.model().keySize()).stream()
              .map(c -> c.cql() + " = ?")
              .collect(Collectors.joining(" AND "));
      if (select) {
        // A subtype's rows only; deletes cannot be restricted beyond the key.
        for (Restriction<T> fixed : context.model().fixedRestrictions()) {
          where += " AND " + fixed.cql();
        }
      }
      cql =
          select
              ? "SELECT "
                  + columns.stream().map(ColumnRef::cql).collect(Collectors.joining(", "))
                  + " FROM "
                  + context.table()
                  + " WHERE "
                  + where
              : "DELETE FROM " + context.table() + " WHERE " + where;
      if (select) {
        selectByKeyCql = cql;
      } else {
        deleteByKeyCql = cql;
      }
    }
    return context.statement(cql, true, () -> {});
  }
}
