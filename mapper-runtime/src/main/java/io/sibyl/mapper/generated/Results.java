package io.sibyl.mapper.generated;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.NotFoundException;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.TooManyResultsException;
import io.sibyl.mapper.internal.ColumnIndexes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/**
 * Turns driver results into the return types of repository methods. The {@code *Async} forms take
 * an {@link AsyncResultSet} and all return a stage, so generated code composes them alike.
 */
public final class Results {

  private Results() {}

  /** The first row's value, or null. */
  public static <T> T one(ResultSet rs, RowReader<T> reader) {
    Row row = rs.one();
    return row == null ? null : reader.read(row);
  }

  /**
   * The first row's value, for a method declaring {@code throws NotFoundException}.
   *
   * @throws NotFoundException if there is no row, naming {@code table} and the statement's CQL
   */
  public static <T> T required(
      ResultSet rs, RowReader<T> reader, PreparedCql statement, TableDescriptor<?> table) {
    Row row = rs.one();
    if (row == null) {
      throw new NotFoundException(table.name(), statement.cql());
    }
    return reader.read(row);
  }

  /**
   * The only row's value or null, for a method declaring {@code throws TooManyResultsException}.
   *
   * @throws TooManyResultsException if there are several rows
   */
  public static <T> T single(
      ResultSet rs, RowReader<T> reader, PreparedCql statement, TableDescriptor<?> table) {
    Row row = rs.one();
    if (row == null) {
      return null;
    }
    if (rs.one() != null) {
      throw new TooManyResultsException(table.name(), statement.cql());
    }
    return reader.read(row);
  }

  /**
   * The only row's value, for a method declaring both exceptions.
   *
   * @throws NotFoundException if there is no row
   * @throws TooManyResultsException if there are several rows
   */
  public static <T> T exactlyOne(
      ResultSet rs, RowReader<T> reader, PreparedCql statement, TableDescriptor<?> table) {
    T value = single(rs, reader, statement, table);
    if (value == null) {
      throw new NotFoundException(table.name(), statement.cql());
    }
    return value;
  }

  /** {@link #required} for an asynchronous result. */
  public static <T> CompletionStage<T> requiredAsync(
      AsyncResultSet rs, RowReader<T> reader, PreparedCql statement, TableDescriptor<?> table) {
    Row row = rs.one();
    return row == null
        ? CompletableFuture.failedFuture(new NotFoundException(table.name(), statement.cql()))
        : CompletableFuture.completedFuture(reader.read(row));
  }

  /** {@link #single} for an asynchronous result. */
  public static <T> CompletionStage<T> singleAsync(
      AsyncResultSet rs, RowReader<T> reader, PreparedCql statement, TableDescriptor<?> table) {
    Row row = rs.one();
    if (row == null) {
      return CompletableFuture.completedFuture(null);
    }
    if (rs.remaining() > 0 || rs.hasMorePages()) {
      return CompletableFuture.failedFuture(
          new TooManyResultsException(table.name(), statement.cql()));
    }
    return CompletableFuture.completedFuture(reader.read(row));
  }

  /** {@link #exactlyOne} for an asynchronous result. */
  public static <T> CompletionStage<T> exactlyOneAsync(
      AsyncResultSet rs, RowReader<T> reader, PreparedCql statement, TableDescriptor<?> table) {
    return singleAsync(rs, reader, statement, table)
        .thenCompose(
            value ->
                value == null
                    ? CompletableFuture.failedFuture(
                        new NotFoundException(table.name(), statement.cql()))
                    : CompletableFuture.completedFuture(value));
  }

  /** The first row's value, if any. */
  public static <T> Optional<T> optional(ResultSet rs, RowReader<T> reader) {
    return Optional.ofNullable(one(rs, reader));
  }

  /** Every row's value, fetching all pages. */
  public static <T> List<T> list(ResultSet rs, RowReader<T> reader) {
    List<T> values = new ArrayList<>();
    for (Row row : rs) {
      values.add(reader.read(row));
    }
    return values;
  }

  /** The values as a stream that fetches pages as it is consumed. */
  public static <T> Stream<T> stream(ResultSet rs, RowReader<T> reader) {
    return paging(rs, reader).stream();
  }

  /** The values, page by page. */
  public static <T> PagingIterable<T> paging(ResultSet rs, RowReader<T> reader) {
    return new PagingIterable<>(rs, reader);
  }

  /** The first column of the first row as a long (as for {@code count(*)}); 0 without rows. */
  public static long count(ResultSet rs) {
    Row row = rs.one();
    return row == null || row.isNull(0) ? 0L : row.getLong(0);
  }

  /** Whether there is a row. */
  public static boolean exists(ResultSet rs) {
    return rs.one() != null;
  }

  /** Whether a conditional write was applied. */
  public static boolean applied(ResultSet rs) {
    return rs.wasApplied();
  }

  /** The outcome of a conditional write, with the current row when not applied. */
  public static <T> LwtResult<T> lwt(ResultSet rs, TableDescriptor<T> table) {
    return lwt(rs.wasApplied(), rs.one(), table);
  }

  /** {@link #one} for an asynchronous result. */
  public static <T> CompletionStage<T> oneAsync(AsyncResultSet rs, RowReader<T> reader) {
    Row row = rs.one();
    return CompletableFuture.completedFuture(row == null ? null : reader.read(row));
  }

  /** {@link #optional} for an asynchronous result. */
  public static <T> CompletionStage<Optional<T>> optionalAsync(
      AsyncResultSet rs, RowReader<T> reader) {
    Row row = rs.one();
    return CompletableFuture.completedFuture(
        row == null ? Optional.empty() : Optional.ofNullable(reader.read(row)));
  }

  /** {@link #list} for an asynchronous result: fetches every page without blocking. */
  public static <T> CompletionStage<List<T>> listAsync(AsyncResultSet rs, RowReader<T> reader) {
    return collect(rs, reader, new ArrayList<>());
  }

  /** The values of every page, as a stream once all are fetched. */
  public static <T> CompletionStage<Stream<T>> streamAsync(AsyncResultSet rs, RowReader<T> reader) {
    return listAsync(rs, reader).thenApply(List::stream);
  }

  /** The first page. */
  public static <T> CompletionStage<AsyncPage<T>> pageAsync(
      AsyncResultSet rs, RowReader<T> reader) {
    return CompletableFuture.completedFuture(new AsyncPage<>(rs, reader));
  }

  /** {@link #count} for an asynchronous result. */
  public static CompletionStage<Long> countAsync(AsyncResultSet rs) {
    Row row = rs.one();
    return CompletableFuture.completedFuture(row == null || row.isNull(0) ? 0L : row.getLong(0));
  }

  /** {@link #exists} for an asynchronous result. */
  public static CompletionStage<Boolean> existsAsync(AsyncResultSet rs) {
    return CompletableFuture.completedFuture(rs.one() != null);
  }

  /** {@link #applied} for an asynchronous result. */
  public static CompletionStage<Boolean> appliedAsync(AsyncResultSet rs) {
    return CompletableFuture.completedFuture(rs.wasApplied());
  }

  /** {@link #lwt} for an asynchronous result. */
  public static <T> CompletionStage<LwtResult<T>> lwtAsync(
      AsyncResultSet rs, TableDescriptor<T> table) {
    return CompletableFuture.completedFuture(lwt(rs.wasApplied(), rs.one(), table));
  }

  /** Completes with null once the statement has run. */
  public static CompletionStage<Void> voidAsync(AsyncResultSet rs) {
    return CompletableFuture.completedFuture(null);
  }

  /** The driver's own result, unchanged. */
  public static CompletionStage<AsyncResultSet> resultSetAsync(AsyncResultSet rs) {
    return CompletableFuture.completedFuture(rs);
  }

  private static <T> LwtResult<T> lwt(boolean applied, Row row, TableDescriptor<T> table) {
    if (applied) {
      return LwtResult.applied();
    }
    if (row == null || row.size() <= 1) {
      return LwtResult.notApplied(null);
    }
    int[] at = ColumnIndexes.of(row.columnDefinitions(), table.columns());
    return LwtResult.notApplied(table.read(row, at));
  }

  private static <T> CompletionStage<List<T>> collect(
      AsyncResultSet rs, RowReader<T> reader, List<T> into) {
    for (Row row : rs.currentPage()) {
      into.add(reader.read(row));
    }
    if (!rs.hasMorePages()) {
      return CompletableFuture.completedFuture(into);
    }
    return rs.fetchNextPage().thenCompose(next -> collect(next, reader, into));
  }
}
