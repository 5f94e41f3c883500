package io.sibyl.mapper.query;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.Row;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.generated.PreparedCql;
import io.sibyl.mapper.generated.Results;
import io.sibyl.mapper.generated.RowReader;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A select on one table: immutable, each method returns a new query, so a query can be kept and
 * reused. It is checked against the table's key layout and indexes before it is first sent, and
 * prepared once per shape (its CQL with bind markers) for the mapper.
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
 * @param <R> the result type: the entity, or {@link Projection} for selected columns
 */
public final class SelectQuery<T, R> {

  private final QueryContext<T> context;
  private final List<Column<T, ?>> projection;
  private final RowReader<R> reader;
  private final List<Restriction<T>> restrictions;
  private final List<Ordering<T>> orderings;
  private final Integer limit;
  private final Integer perPartitionLimit;
  private final boolean allowFiltering;
  private final QueryOptions options;

  private SelectQuery(
      QueryContext<T> context,
      List<Column<T, ?>> projection,
      RowReader<R> reader,
      List<Restriction<T>> restrictions,
      List<Ordering<T>> orderings,
      Integer limit,
      Integer perPartitionLimit,
      boolean allowFiltering,
      QueryOptions options) {
    this.context = context;
    this.projection = projection;
    this.reader = reader;
    this.restrictions = restrictions;
    this.orderings = orderings;
    this.limit = limit;
    this.perPartitionLimit = perPartitionLimit;
    this.allowFiltering = allowFiltering;
    this.options = options;
  }

  static <T> SelectQuery<T, T> entities(QueryContext<T> context) {
    return new SelectQuery<>(
        context,
        context.model().columns(),
        context.model().table(),
        List.of(),
        List.of(),
        null,
        null,
        false,
        QueryOptions.none());
  }

  static <T> SelectQuery<T, Projection<T>> projection(
      QueryContext<T> context, List<Column<T, ?>> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("Select at least one column");
    }
    List<Column<T, ?>> selected = List.copyOf(columns);
    return new SelectQuery<>(
        context,
        selected,
        row -> new Projection<>(row, selected),
        List.of(),
        List.of(),
        null,
        null,
        false,
        QueryOptions.none());
  }

  /** A query with these restrictions added ({@code AND}). */
  @SafeVarargs
  public final SelectQuery<T, R> where(Restriction<T>... more) {
    List<Restriction<T>> all = new ArrayList<>(restrictions);
    all.addAll(List.of(more));
    return new SelectQuery<>(
        context,
        projection,
        reader,
        List.copyOf(all),
        orderings,
        limit,
        perPartitionLimit,
        allowFiltering,
        options);
  }

  /** A query ordered by these clustering columns, replacing any earlier ordering. */
  @SafeVarargs
  public final SelectQuery<T, R> orderBy(Ordering<T>... terms) {
    return new SelectQuery<>(
        context,
        projection,
        reader,
        restrictions,
        List.of(terms),
        limit,
        perPartitionLimit,
        allowFiltering,
        options);
  }

  /** A query returning at most {@code rows} rows ({@code LIMIT}, bound as a marker). */
  public SelectQuery<T, R> limit(int rows) {
    return new SelectQuery<>(
        context,
        projection,
        reader,
        restrictions,
        orderings,
        positive(rows, "limit"),
        perPartitionLimit,
        allowFiltering,
        options);
  }

  /** A query returning at most {@code rows} rows of each partition. */
  public SelectQuery<T, R> perPartitionLimit(int rows) {
    return new SelectQuery<>(
        context,
        projection,
        reader,
        restrictions,
        orderings,
        limit,
        positive(rows, "perPartitionLimit"),
        allowFiltering,
        options);
  }

  /** A query that accepts a scan ({@code ALLOW FILTERING}): know its cost. */
  public SelectQuery<T, R> allowFiltering() {
    return new SelectQuery<>(
        context,
        projection,
        reader,
        restrictions,
        orderings,
        limit,
        perPartitionLimit,
        true,
        options);
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

  private SelectQuery<T, R> withOptions(QueryOptions newOptions) {
    return new SelectQuery<>(
        context,
        projection,
        reader,
        restrictions,
        orderings,
        limit,
        perPartitionLimit,
        allowFiltering,
        newOptions);
  }

  /** The CQL of this query's shape. */
  public String cql() {
    StringBuilder cql = new StringBuilder("SELECT ");
    cql.append(projection.stream().map(Column::cql).collect(Collectors.joining(", ")));
    cql.append(" FROM ").append(context.table());
    appendWhere(cql);
    if (!orderings.isEmpty()) {
      cql.append(" ORDER BY ")
          .append(orderings.stream().map(Ordering::cql).collect(Collectors.joining(", ")));
    }
    if (perPartitionLimit != null) {
      cql.append(" PER PARTITION LIMIT ?");
    }
    if (limit != null) {
      cql.append(" LIMIT ?");
    }
    if (allowFiltering) {
      cql.append(" ALLOW FILTERING");
    }
    return cql.toString();
  }

  /** The CQL of {@link #count()}. */
  public String countCql() {
    StringBuilder cql = new StringBuilder("SELECT count(*) FROM ").append(context.table());
    appendWhere(cql);
    if (allowFiltering) {
      cql.append(" ALLOW FILTERING");
    }
    return cql.toString();
  }

  /**
   * Checks this query against the table's key layout and indexes.
   *
   * @throws QueryValidationException what Cassandra would refuse or scan for
   */
  public SelectQuery<T, R> validate() {
    QueryChecks.checkSelect(context.model().table(), restrictions, orderings, allowFiltering);
    return this;
  }

  private void appendWhere(StringBuilder cql) {
    for (int i = 0; i < restrictions.size(); i++) {
      cql.append(i == 0 ? " WHERE " : " AND ").append(restrictions.get(i).cql());
    }
  }

  /** The bound statement this query sends, preparing its shape if needed (blocking). */
  public BoundStatement statement() {
    return bind(prepared(cql()).bind(), true);
  }

  /** Every result, fetching all pages. */
  public List<R> list() {
    return Results.list(context.execute(statement()), reader);
  }

  /** The results as a stream that fetches pages as it is consumed. */
  public Stream<R> stream() {
    return Results.stream(context.execute(statement()), reader);
  }

  /**
   * The results page by page: read {@link PagingIterable#availableWithoutFetching()} of them, keep
   * {@link PagingIterable#pagingState()}, and resume later with {@link #pagingState(ByteBuffer)}.
   */
  public PagingIterable<R> page() {
    return Results.paging(context.execute(statement()), reader);
  }

  /** The first result (the query with {@code LIMIT 1}), if any. */
  public Optional<R> first() {
    return Optional.ofNullable(limit(1).one());
  }

  /**
   * The one result, or null when there is none.
   *
   * @throws MapperException if there is more than one
   */
  public R one() {
    io.sibyl.driver.ResultSet rs = context.execute(statement());
    Row row = rs.one();
    if (row == null) {
      return null;
    }
    if (rs.one() != null) {
      throw new MapperException(
          "Expected at most one row from " + cql() + " but got more: use first() or list()");
    }
    return reader.read(row);
  }

  /** The number of rows matching the restrictions ({@code SELECT count(*)}). */
  public long count() {
    return Results.count(context.execute(bind(prepared(countCql()).bind(), false)));
  }

  /** {@link #list()} without blocking. */
  public CompletionStage<List<R>> listAsync() {
    return executeAsync(cql(), true).thenCompose(rs -> Results.listAsync(rs, reader));
  }

  /** The first page without blocking, with the means to fetch the next one. */
  public CompletionStage<AsyncPage<R>> pageAsync() {
    return executeAsync(cql(), true).thenCompose(rs -> Results.pageAsync(rs, reader));
  }

  /** {@link #first()} without blocking. */
  public CompletionStage<Optional<R>> firstAsync() {
    SelectQuery<T, R> one = limit(1);
    return one.executeAsync(one.cql(), true).thenCompose(rs -> Results.optionalAsync(rs, reader));
  }

  /** {@link #count()} without blocking. */
  public CompletionStage<Long> countAsync() {
    return executeAsync(countCql(), false).thenCompose(Results::countAsync);
  }

  private CompletionStage<io.sibyl.driver.AsyncResultSet> executeAsync(String cql, boolean rows) {
    PreparedCql statement;
    try {
      statement = prepared(cql);
    } catch (RuntimeException e) {
      return java.util.concurrent.CompletableFuture.failedFuture(e);
    }
    return statement.bindAsync().thenCompose(bs -> context.executeAsync(bind(bs, rows)));
  }

  private PreparedCql prepared(String cql) {
    return context.statement(cql, true, this::validate);
  }

  private BoundStatement bind(BoundStatement bs, boolean rows) {
    int i = 0;
    for (Restriction<T> restriction : restrictions) {
      restriction.bind(bs, i++);
    }
    if (rows && perPartitionLimit != null) {
      bs.setInt(i++, perPartitionLimit);
    }
    if (rows && limit != null) {
      bs.setInt(i, limit);
    }
    return options.applyTo(bs);
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
