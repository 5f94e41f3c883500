package io.sibyl.mapper.query;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.PagingToken;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.InvalidDslQueryException;
import io.sibyl.mapper.NotFoundException;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.TooManyResultsException;
import io.sibyl.mapper.generated.ColumnKind;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.Results;
import io.sibyl.mapper.generated.RowReader;
import io.sibyl.mapper.generated.TableDescriptor;
import io.sibyl.mapper.internal.query.SelectChecks;
import io.sibyl.mapper.internal.query.SelectParts;
import io.sibyl.mapper.metamodel.Aggregate;
import io.sibyl.mapper.metamodel.ClusteringRef;
import io.sibyl.mapper.metamodel.ColumnRef;
import io.sibyl.mapper.metamodel.Ordering;
import io.sibyl.mapper.metamodel.Relation;
import io.sibyl.mapper.metamodel.Restriction;
import io.sibyl.mapper.metamodel.Selector;
import io.sibyl.mapper.metamodel.Token;
import io.sibyl.mapper.metamodel.TokenRange;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A select on one table: immutable, each method returns a new query, so a query can be kept and
 * reused. It is checked against the table's key layout and indexes before it is first sent, and
 * prepared once per shape (its CQL with bind markers) for the mapper. Its CQL and prepared
 * statement are found once per query object: running a kept query again costs what a repository
 * method costs.
 *
 * <pre>{@code
 * List<Event> last = Event_.table(mapper).select()
 *     .where(Event_.DAY.eq(day), Event_.AT.gte(since))
 *     .orderBy(Event_.AT.desc())
 *     .limit(10)
 *     .list();
 * }</pre>
 *
 * @param <T> the entity type
 * @param <R> the result type: the entity, {@link Projection} for selected columns, or what {@link
 *     #map(Function)} makes of them
 */
public final class SelectQuery<T, R> {

  private final QueryContext<T> context;
  // The parts; null in a query made by where(relation) on a query whose parts were known: its
  // parts are baseParts plus added, found when first needed (racing threads find equal values).
  // Sending a query whose shape is prepared needs neither the parts nor the CQL.
  private SelectParts<T> parts;
  private final SelectParts<T> baseParts;
  private final Relation<T> added;
  private final ShapeNode shape;
  private final RowReader<R> reader;
  private final QueryOptions options;

  // Without a shape node: found once per query object, when first needed (racing threads find
  // equal values). With one, the node keeps them for every query of the shape.
  private String cql;
  private PreparedCql prepared;
  private PreparedCql countPrepared;
  private SelectQuery<T, R> limitOne;

  private SelectQuery(
      QueryContext<T> context,
      SelectParts<T> parts,
      ShapeNode shape,
      RowReader<R> reader,
      QueryOptions options) {
    this(context, parts, null, null, shape, reader, options);
  }

  private SelectQuery(
      QueryContext<T> context,
      SelectParts<T> parts,
      SelectParts<T> baseParts,
      Relation<T> added,
      ShapeNode shape,
      RowReader<R> reader,
      QueryOptions options) {
    this.context = context;
    this.parts = parts;
    this.baseParts = baseParts;
    this.added = added;
    this.shape = shape;
    this.reader = reader;
    this.options = options;
  }

  // A copy of source whose added relation is this one (a copy of source's): see detached().
  private SelectQuery(SelectQuery<T, R> source, Relation<T> added) {
    this.context = source.context;
    this.parts = source.parts;
    this.baseParts = source.baseParts;
    this.added = added;
    this.shape = source.shape;
    this.reader = source.reader;
    this.options = source.options;
    this.cql = source.cql;
    this.prepared = source.prepared;
    this.countPrepared = source.countPrepared;
  }

  /** The select of whole entities, without anything added: one per context (it is immutable). */
  static <T> SelectQuery<T, T> entities(QueryContext<T> context) {
    SelectQuery<T, T> query = context.entities;
    if (query == null) {
      query = newEntities(context);
      context.entities = query;
    }
    return query;
  }

  private static <T> SelectQuery<T, T> newEntities(QueryContext<T> context) {
    return new SelectQuery<>(
        context,
        SelectParts.of(context.model().columns(), context.model().fixedRestrictions()),
        context.shapes().entities(),
        context.model().table(),
        QueryOptions.none());
  }

  static <T> SelectQuery<T, Projection<T>> projection(
      QueryContext<T> context, List<Selector<T, ?>> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Select at least one column");
    }
    List<Selector<T, ?>> selected = List.copyOf(columns);
    return new SelectQuery<>(
        context,
        SelectParts.of(selected, context.model().fixedRestrictions()),
        ShapeNode.projection(context.shapes(), context.model().table(), selected),
        row -> new Projection<>(row, selected),
        QueryOptions.none());
  }

  /**
   * A query with this relation added ({@code AND}), as {@link #where(Relation[])} with one
   * relation.
   */
  public SelectQuery<T, R> where(Relation<T> relation) {
    Objects.requireNonNull(relation, "relation");
    ShapeNode next = ShapeNode.where(shape, context.model().table(), relation);
    SelectParts<T> known = parts;
    if (known == null) {
      return new SelectQuery<>(context, parts().plus(one(relation)), next, reader, options);
    }
    // The common case, select().where(KEY.eq(value)): the parts are found only if needed.
    return new SelectQuery<>(context, null, known, relation, next, reader, options);
  }

  /**
   * A query with these relations added ({@code AND}): restrictions on columns, token bounds ({@link
   * Token}) and multi-column relations on clustering columns ({@link ClusteringRef#tuple}).
   */
  @SafeVarargs
  public final SelectQuery<T, R> where(Relation<T>... more) {
    return new SelectQuery<>(
        context,
        parts().plus(more),
        ShapeNode.where(shape, context.model().table(), more),
        reader,
        options);
  }

  /**
   * A query restricted to the partitions whose token is in {@code range}: {@code token(pk) > ? AND
   * token(pk) <= ?} on the table's whole partition key. With {@link TokenRange#split(int)}, the way
   * to scan a table in slices.
   */
  public SelectQuery<T, R> inTokenRange(TokenRange range) {
    Token<T> token = Token.of(context.model().table());
    return where(token.gt(range.start()), token.lte(range.end()));
  }

  /**
   * A select of whole entities that leaves these columns out ({@code SELECT} of every other mapped
   * column): the entities it returns have these properties at their default (null, or zero for a
   * primitive). The way not to read a large column when it is not needed. Called again, it defers
   * these columns too.
   *
   * @throws InvalidProjectionException if this query is not a select of whole entities (a
   *     projection or a mapped query), if a column is a primary key column or the discriminator
   *     column of a polymorphic table (which each row's subtype is read from), or is of another
   *     table
   */
  @SafeVarargs
  public final SelectQuery<T, R> defer(ColumnRef<T, ?>... columns) {
    List<ColumnRef<T, ?>> all = context.model().columns();
    if (!(reader == context.model().table() || reader instanceof DeferredReader<?>)) {
      throw new InvalidProjectionException(
          "defer(...) on "
              + context.model().table().name()
              + " is refused: it applies to a select of whole entities (select()), not to a"
              + " projection or a mapped query; leave the columns out of select(...) instead");
    }
    List<Selector<T, ?>> kept = new ArrayList<>(parts().projection());
    for (ColumnRef<T, ?> column : columns) {
      kept.remove(deferrable(Objects.requireNonNull(column, "column")));
    }
    int[] at = new int[all.size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = kept.indexOf(all.get(k));
    }
    boolean fresh =
        parts().projection().size() == all.size()
            && parts().where().equals(context.model().fixedRestrictions())
            && parts().equals(SelectParts.of(parts().projection(), parts().where()));
    @SuppressWarnings("unchecked")
    RowReader<R> deferred = (RowReader<R>) new DeferredReader<>(context.model().table(), at);
    return new SelectQuery<>(
        context,
        parts().withProjection(kept),
        fresh ? ShapeNode.projection(context.shapes(), context.model().table(), kept) : null,
        deferred,
        options);
  }

  private ColumnRef<T, ?> deferrable(ColumnRef<T, ?> column) {
    String table = context.model().table().name();
    if (column.table() != context.model().table()) {
      throw new InvalidProjectionException(
          "defer("
              + column
              + ") on "
              + table
              + " is refused: the column is not of "
              + table
              + "; defer columns of the selected table");
    }
    if (column == context.model().discriminator()) {
      throw new InvalidProjectionException(
          "defer("
              + column.cql()
              + ") on "
              + table
              + " is refused: it is the discriminator column, from which each row's subtype is"
              + " read, and every entity needs it; defer regular or static columns only");
    }
    boolean fixed =
        context.model().fixedRestrictions().stream().anyMatch(r -> r.column() == column);
    if (column.kind() == ColumnKind.PARTITION_KEY
        || column.kind() == ColumnKind.CLUSTERING_COLUMN
        || fixed) {
      throw new InvalidProjectionException(
          "defer("
              + column.cql()
              + ") on "
              + table
              + " is refused: "
              + (fixed ? "the rows of the subtype are told apart by it" : "it is a key column")
              + " and every entity needs it; defer regular or static columns only");
    }
    return column;
  }

  /** Reads whole entities from rows that lack the deferred columns. */
  private record DeferredReader<T>(TableDescriptor<T> table, int[] at) implements RowReader<T> {
    @Override
    public T read(Row row) {
      return table.read(row, at);
    }
  }

  /**
   * A query grouped by these primary key columns ({@code GROUP BY}): one row per group, whose
   * {@link Aggregate}s are computed over the group. The columns are the whole partition key, then
   * optionally the first clustering columns, in key order, as Cassandra requires.
   *
   * @throws InvalidProjectionException if the columns are not the partition key followed by a
   *     prefix of the clustering columns, in key order
   */
  @SafeVarargs
  public final SelectQuery<T, R> groupBy(ColumnRef<T, ?>... columns) {
    List<ColumnRef<T, ?>> all = context.model().columns();
    int keySize = context.model().keySize();
    boolean valid = columns.length > 0 && columns.length <= keySize;
    boolean partitionKeyCovered = false;
    for (int i = 0; valid && i < columns.length; i++) {
      valid = columns[i] == all.get(i);
      partitionKeyCovered =
          i + 1 >= all.size() || all.get(i + 1).kind() != ColumnKind.PARTITION_KEY;
      if (valid && i == columns.length - 1 && !partitionKeyCovered) {
        valid = false;
      }
    }
    if (!valid) {
      StringBuilder given = new StringBuilder();
      for (ColumnRef<T, ?> column : columns) {
        given.append(given.length() == 0 ? "" : ", ").append(column.cql());
      }
      StringBuilder key = new StringBuilder();
      for (ColumnRef<T, ?> column : all.subList(0, keySize)) {
        key.append(key.length() == 0 ? "" : ", ").append(column.cql());
      }
      throw new InvalidProjectionException(
          "GROUP BY "
              + given
              + " on "
              + context.model().table().name()
              + " is refused: group by the whole partition key, then optionally the first"
              + " clustering columns, in primary key order ("
              + key
              + ")");
    }
    return new SelectQuery<>(context, parts().withGroupBy(List.of(columns)), null, reader, options);
  }

  /** A query ordered by these clustering columns, replacing any earlier ordering. */
  @SafeVarargs
  public final SelectQuery<T, R> orderBy(Ordering<T>... terms) {
    return new SelectQuery<>(
        context,
        parts().withOrderings(List.of(terms)),
        ShapeNode.orderBy(shape, context.model().table(), terms),
        reader,
        options);
  }

  /** A query returning at most {@code rows} rows ({@code LIMIT}, bound as a marker). */
  public SelectQuery<T, R> limit(int rows) {
    return new SelectQuery<>(
        context,
        parts().withLimit(positive(rows, "limit")),
        ShapeNode.limit(shape),
        reader,
        options);
  }

  /** A query returning at most {@code rows} rows of each partition. */
  public SelectQuery<T, R> perPartitionLimit(int rows) {
    return new SelectQuery<>(
        context,
        parts().withPerPartitionLimit(positive(rows, "perPartitionLimit")),
        ShapeNode.perPartitionLimit(shape),
        reader,
        options);
  }

  /** A query that accepts a scan ({@code ALLOW FILTERING}): know its cost. */
  public SelectQuery<T, R> allowFiltering() {
    return new SelectQuery<>(
        context, parts().withAllowFiltering(), ShapeNode.allowFiltering(shape), reader, options);
  }

  /**
   * A {@code SELECT DISTINCT}: one row per partition. It selects every partition key column and
   * static columns only ({@code select(User_.ID, User_.SOME_STATIC).distinct()}), and restricts
   * only those columns or the token.
   */
  public SelectQuery<T, R> distinct() {
    return new SelectQuery<>(
        context, parts().withDistinct(), ShapeNode.distinct(shape), reader, options);
  }

  /**
   * A query whose results are {@code mapper}'s values of the rows this query reads: for instance
   * {@code select(User_.ID, User_.NAME).map(p -> new Summary(p.get(User_.ID), p.get(User_.NAME)))},
   * or {@code .map(Projection::values)} for the values as a list. Same CQL, same prepared shape.
   */
  public <U> SelectQuery<T, U> map(Function<? super R, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    RowReader<R> source = reader;
    SelectQuery<T, U> mapped =
        new SelectQuery<>(
            context,
            parts,
            baseParts,
            added,
            shape,
            row -> mapper.apply(source.read(row)),
            options);
    mapped.cql = cql;
    mapped.prepared = prepared;
    mapped.countPrepared = countPrepared;
    return mapped;
  }

  /** A query with this consistency level. */
  public SelectQuery<T, R> consistency(Consistency consistency) {
    return withOptions(options.withConsistency(consistency));
  }

  /** A query with this request timeout. */
  public SelectQuery<T, R> timeout(Duration timeout) {
    return withOptions(options.withTimeout(timeout));
  }

  /** A query fetching {@code rows} rows per page. */
  public SelectQuery<T, R> pageSize(int rows) {
    return withOptions(options.withPageSize(rows));
  }

  /** A query resuming where the page of this paging state ended (null to start over). */
  public SelectQuery<T, R> pagingState(ByteBuffer pagingState) {
    return withOptions(options.withPagingState(pagingState));
  }

  /**
   * A query resuming where the page of this paging token ended (null to start over); the session
   * refuses a token issued for another query or other values.
   */
  public SelectQuery<T, R> pagingToken(PagingToken pagingToken) {
    return withOptions(options.withPagingToken(pagingToken));
  }

  /**
   * A query that takes the options it leaves unset (consistency, timeout, page size...) from the
   * session's execution profile of this name (null for the session's defaults). An unknown name
   * fails when the query runs.
   */
  public SelectQuery<T, R> executionProfile(String profileName) {
    return withOptions(options.withExecutionProfile(profileName));
  }

  /**
   * A query sent first to the replicas of the token range holding {@code token}: for a select of
   * one token range ({@link #inTokenRange}), give its end token so that a node owning the rows
   * coordinates the read (see {@link io.sibyl.driver.Statement#withRoutingToken}).
   */
  public SelectQuery<T, R> routingToken(Comparable<?> token) {
    return withOptions(options.withRoutingToken(token));
  }

  private SelectQuery<T, R> withOptions(QueryOptions newOptions) {
    SelectQuery<T, R> copy =
        new SelectQuery<>(context, parts, baseParts, added, shape, reader, newOptions);
    copy.cql = cql;
    copy.prepared = prepared;
    copy.countPrepared = countPrepared;
    return copy;
  }

  /** The CQL of this query's shape. */
  public String cql() {
    String text = shape != null ? shape.cql : cql;
    if (text == null) {
      text = parts().cql(context.table());
      if (shape != null) {
        shape.cql = text;
      } else {
        cql = text;
      }
    }
    return text;
  }

  /**
   * The CQL of {@link #count()}: {@code SELECT count(*)}, or, when a limit, a per-partition limit
   * or {@code DISTINCT} bounds the rows, a select of the partition key whose rows are counted
   * (Cassandra applies {@code LIMIT} to the one row of {@code count(*)}, not to the rows it counts,
   * and refuses {@code PER PARTITION LIMIT} and {@code DISTINCT} with it).
   */
  public String countCql() {
    return parts().countCql(context.table());
  }

  /**
   * Checks this query against the table's key layout and indexes, and its {@code LIKE} patterns
   * against the indexes of the session's schema.
   *
   * @throws InvalidDslQueryException what Cassandra would refuse or scan for
   */
  public SelectQuery<T, R> validate() {
    SelectChecks.check(parts(), context.model().table(), context.table(), context.sasiIndexes());
    return this;
  }

  /** The bound statement this query sends, preparing its shape if needed (blocking). */
  public BoundStatement statement() {
    return bind(prepared().bind(), true);
  }

  /** Every result, fetching all pages. */
  public List<R> list() {
    return Results.list(context.execute("list", statement()), reader);
  }

  /** The results as a stream that fetches pages as it is consumed. */
  public Stream<R> stream() {
    return Results.stream(context.execute("stream", statement()), reader);
  }

  /**
   * The results page by page: read {@link PagingIterable#availableWithoutFetching()} of them, keep
   * {@link PagingIterable#pagingState()}, and resume later with {@link #pagingState(ByteBuffer)}.
   */
  public PagingIterable<R> page() {
    return Results.paging(context.execute("page", statement()), reader);
  }

  /** The first result (the query with {@code LIMIT 1}), if any. */
  public Optional<R> first() {
    return Optional.ofNullable(limitOne().one("first"));
  }

  /**
   * The one result, or null when there is none.
   *
   * @throws TooManyResultsException if there is more than one
   */
  public R one() {
    // Once the shape is prepared: the values checked, bound and sent, all visible to the JIT, so
    // that a query built per request (select().where(KEY.eq(key)).one()) and its relation can be
    // scalar-replaced. Anything else runs on a copy of the query.
    PreparedCql statement = shape != null ? shape.prepared : prepared;
    if (statement == null || !nullsCheckedOnly()) {
      SelectQuery<T, R> copy = detached();
      R result = copy.one("one");
      adopt(copy.cql, copy.prepared, copy.countPrepared);
      return result;
    }
    ResultSet rs = context.execute("one", bind(statement.bind(), true));
    Row row = rs.one();
    if (row == null) {
      return null;
    }
    if (rs.one() != null) {
      throw new TooManyResultsException(context.model().table().name(), statement.cql());
    }
    return reader.read(row);
  }

  /**
   * The one result.
   *
   * @throws NotFoundException if there is none
   * @throws TooManyResultsException if there is more than one
   */
  public R oneOrThrow() {
    R result = one("oneOrThrow");
    if (result == null) {
      throw new NotFoundException(context.model().table().name(), cql());
    }
    return result;
  }

  private R one(String method) {
    ResultSet rs = context.execute(method, statement());
    Row row = rs.one();
    return row == null ? null : single(row, rs.one() != null);
  }

  /**
   * {@link #one()} without blocking: completes with null when there is no row, and fails with
   * {@link TooManyResultsException} when there is more than one.
   */
  public CompletionStage<R> oneAsync() {
    // As one(): the common case visible to the JIT, the result converted by a function that does
    // not capture the query (kept by the shape for the table's own reader).
    PreparedCql statement = shape != null ? shape.prepared : prepared;
    BoundStatement bs = null;
    try {
      if (statement != null && statement.isPrepared() && nullsCheckedOnly()) {
        bs = bind(statement.bind(), true);
      }
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    if (bs == null) {
      SelectQuery<T, R> copy = detached();
      CompletionStage<AsyncResultSet> executed = copy.executeAsync("oneAsync", false);
      adopt(copy.cql, copy.prepared, copy.countPrepared);
      PreparedCql found = copy.shape != null ? copy.shape.prepared : copy.prepared;
      return executed.thenApply(oneRow(copy.shape, copy.reader, copy.context, found));
    }
    // Found before sending: the JIT inlines in call order, and the driver's send is large.
    OneRow<R> convert = oneRow(shape, reader, context, statement);
    return context.executeAsync("oneAsync", bs, convert);
  }

  // The function converting the result of oneAsync(): one per shape and statement for the table's
  // own reader, else one per call. Static, so that it never holds on to a query.
  private static <T, R> OneRow<R> oneRow(
      ShapeNode node, RowReader<R> reader, QueryContext<T> context, PreparedCql statement) {
    if (node != null && node.oneRow instanceof OneRow<?> kept && kept.matches(reader, statement)) {
      @SuppressWarnings("unchecked")
      OneRow<R> same = (OneRow<R>) kept;
      return same;
    }
    OneRow<R> made = new OneRow<>(reader, context.model().table().name(), statement);
    if (node != null && reader == context.model().table()) {
      node.oneRow = made;
    }
    return made;
  }

  /** Reads the one row of a result: null when none, fails when there is more than one. */
  private record OneRow<R>(RowReader<R> reader, String table, PreparedCql statement)
      implements Function<AsyncResultSet, R> {
    boolean matches(RowReader<?> otherReader, PreparedCql otherStatement) {
      return reader == otherReader && statement == otherStatement;
    }

    @Override
    public R apply(AsyncResultSet rs) {
      Row row = rs.one();
      if (row == null) {
        return null;
      }
      if (rs.remaining() > 0 || rs.hasMorePages()) {
        throw new TooManyResultsException(table, statement == null ? "?" : statement.cql());
      }
      return reader.read(row);
    }
  }

  /**
   * {@link #oneOrThrow()} without blocking: fails with {@link NotFoundException} when there is no
   * row and with {@link TooManyResultsException} when there is more than one.
   */
  public CompletionStage<R> oneOrThrowAsync() {
    return oneAsync()
        .thenApply(
            result -> {
              if (result == null) {
                throw new NotFoundException(context.model().table().name(), cql());
              }
              return result;
            });
  }

  private R single(Row row, boolean more) {
    if (more) {
      throw new TooManyResultsException(context.model().table().name(), cql());
    }
    return reader.read(row);
  }

  /**
   * The number of rows {@link #list()} would return: {@code SELECT count(*)}, or the rows of a
   * select of the partition key counted as they arrive when a limit, a per-partition limit or
   * {@code DISTINCT} bounds them.
   */
  public long count() {
    ResultSet rs = context.execute("count", bind(countPrepared().bind(), parts().countsRows()));
    if (!parts().countsRows()) {
      return Results.count(rs);
    }
    long rows = 0;
    for (Row ignored : rs) {
      rows++;
    }
    return rows;
  }

  /** {@link #list()} without blocking. */
  public CompletionStage<List<R>> listAsync() {
    return executeAsync("listAsync", false).thenCompose(rs -> Results.listAsync(rs, reader));
  }

  /** The first page without blocking, with the means to fetch the next one. */
  public CompletionStage<AsyncPage<R>> pageAsync() {
    return executeAsync("pageAsync", false).thenCompose(rs -> Results.pageAsync(rs, reader));
  }

  /** {@link #first()} without blocking. */
  public CompletionStage<Optional<R>> firstAsync() {
    SelectQuery<T, R> one = limitOne();
    return one.executeAsync("firstAsync", false)
        .thenCompose(rs -> Results.optionalAsync(rs, one.reader));
  }

  /** {@link #count()} without blocking. */
  public CompletionStage<Long> countAsync() {
    CompletionStage<AsyncResultSet> rs = executeAsync("countAsync", true);
    return parts().countsRows()
        ? rs.thenCompose(r -> countRows(r, 0))
        : rs.thenCompose(Results::countAsync);
  }

  private static CompletionStage<Long> countRows(AsyncResultSet rs, long before) {
    long rows = before + rs.remaining();
    if (!rs.hasMorePages()) {
      return CompletableFuture.completedFuture(rows);
    }
    return rs.fetchNextPage().thenCompose(next -> countRows(next, rows));
  }

  private CompletionStage<AsyncResultSet> executeAsync(String method, boolean count) {
    PreparedCql statement;
    try {
      statement = count ? countPrepared() : prepared();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    boolean rows = !count || parts().countsRows();
    if (statement.isPrepared()) {
      // Every call but the shape's first: bind at once, no stage beyond the driver's.
      BoundStatement bs;
      try {
        bs = bind(statement.bind(), rows);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return context.executeAsync(method, bs);
    }
    return statement.bindAsync().thenCompose(bs -> context.executeAsync(method, bind(bs, rows)));
  }

  // The checks of the values (nulls, LIKE patterns) run on each call; those of the shape when the
  // shape is first seen.
  private PreparedCql prepared() {
    checkValues();
    PreparedCql statement = shape != null ? shape.prepared : prepared;
    if (statement == null) {
      statement = statementOf(cql());
      if (shape != null) {
        shape.prepared = statement;
      } else {
        prepared = statement;
      }
    }
    return statement;
  }

  private PreparedCql countPrepared() {
    checkValues();
    PreparedCql statement = shape != null ? shape.countPrepared : countPrepared;
    if (statement == null) {
      statement = statementOf(countCql());
      if (shape != null) {
        shape.countPrepared = statement;
      } else {
        countPrepared = statement;
      }
    }
    return statement;
  }

  private PreparedCql statementOf(String text) {
    PreparedCql statement = context.cached(text);
    return statement != null ? statement : context.statement(text, true, this::validate);
  }

  private SelectQuery<T, R> limitOne() {
    SelectQuery<T, R> one = limitOne;
    if (one == null) {
      Integer limit = parts().limit();
      one = limit != null && limit == 1 ? this : limit(1);
      limitOne = one;
    }
    return one;
  }

  private BoundStatement bind(BoundStatement bs, boolean limits) {
    // A query made by where(relation) binds its base's relations, then its own; where(...) keeps
    // the limits, so they are the base's.
    SelectParts<T> known = parts;
    SelectParts<T> bound = known != null ? known : baseParts;
    List<Relation<T>> where = bound.where();
    int i = 0;
    for (int r = 0; r < where.size(); r++) {
      i = where.get(r).bindAt(bs, i);
    }
    if (known == null) {
      i = added.bindAt(bs, i);
    }
    if (limits && bound.perPartitionLimit() != null) {
      bs.setInt(i++, bound.perPartitionLimit());
    }
    if (limits && bound.limit() != null) {
      bs.setInt(i, bound.limit());
    }
    return options.applyTo(bs);
  }

  // The parts, found now for a query made by where(relation).
  private SelectParts<T> parts() {
    SelectParts<T> known = parts;
    if (known == null) {
      known = baseParts.plus(one(added));
      parts = known;
    }
    return known;
  }

  @SuppressWarnings("unchecked")
  private static <T> Relation<T>[] one(Relation<T> relation) {
    return (Relation<T>[]) new Relation<?>[] {relation};
  }

  // A copy of this query with a copy of its added relation, for the work done on a shape's first
  // run or for values needing more than null checks: this query and its relation then reach no
  // call the JIT cannot see through. Small, so that it is inlined even where it is rarely called.
  private SelectQuery<T, R> detached() {
    return new SelectQuery<>(this, detach(added));
  }

  private static <T> Relation<T> detach(Relation<T> relation) {
    return relation instanceof Restriction<T> r ? r.copy() : relation;
  }

  // Keeps what a copy found (a query without a shape node finds its statements once per object).
  private void adopt(String foundCql, PreparedCql foundPrepared, PreparedCql foundCount) {
    if (shape == null) {
      cql = foundCql;
      prepared = foundPrepared;
      countPrepared = foundCount;
    }
  }

  // The null checks of the values; false when a LIKE pattern needs the full checks.
  private boolean nullsCheckedOnly() {
    SelectParts<T> known = parts;
    TableDescriptor<T> table = context.model().table();
    return known == null
        ? !SelectChecks.checkNullsFindLike(table, baseParts.where(), added)
        : !SelectChecks.checkNullsFindLike(table, known.where(), null);
  }

  // The values' checks without finding the parts of a query made by where(relation).
  private void checkValues() {
    SelectParts<T> known = parts;
    if (known == null) {
      SelectChecks.checkValues(
          context.model().table(),
          context.table(),
          context.sasiIndexes(),
          baseParts.where(),
          added);
    } else {
      SelectChecks.checkValues(
          context.model().table(), context.table(), context.sasiIndexes(), known.where());
    }
  }

  private static int positive(int rows, String what) {
    if (rows <= 0) {
      throw new IllegalArgumentException(what + " must be positive, got " + rows);
    }
    return rows;
  }

  @Override
  public String toString() {
    return cql();
  }
}
