package io.sibyl.mapper;

import io.sibyl.driver.PagingToken;
import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.RowReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The entities of a select, fetched page by page as they are iterated. It can be iterated once.
 *
 * <p>To serve results page by page (a web page of results, say), read {@link
 * #availableWithoutFetching()} entities, keep {@link #pagingState()}, and pass it back later as the
 * {@code PAGING_STATE} option of the same query to resume where this page ended. To hand the
 * position to a client (a "next" link), use {@link #pagingToken()} instead and resume with {@link
 * QueryOptions#withPagingToken(PagingToken)}: the token is URL-safe, signed and bound to the query
 * and its values.
 *
 * @param <T> the entity type
 */
public final class PagingIterable<T> implements Iterable<T> {

  private final ResultSet resultSet;
  private final RowReader<T> reader;

  /** Maps the rows of {@code resultSet} with {@code reader}. */
  public PagingIterable(ResultSet resultSet, RowReader<T> reader) {
    this.resultSet = Objects.requireNonNull(resultSet, "resultSet");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The next entity, or null when there is none left. */
  public T one() {
    Row row = resultSet.one();
    return row == null ? null : reader.read(row);
  }

  /** Every remaining entity, fetching all remaining pages. Mind the memory for large results. */
  public List<T> all() {
    List<T> all = new ArrayList<>();
    for (T item : this) {
      all.add(item);
    }
    return all;
  }

  /** The remaining entities as a sequential stream, fetching pages as it is consumed. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** The entities of the current page not read yet; reading them fetches nothing. */
  public int availableWithoutFetching() {
    return resultSet.availableWithoutFetching();
  }

  /** Whether every page has been received. */
  public boolean isFullyFetched() {
    return resultSet.isFullyFetched();
  }

  /** Where the page after the current one starts, or null on the last page. */
  public ByteBuffer pagingState() {
    return resultSet.pagingState();
  }

  /**
   * Where the page after the current one starts, as a signed token bound to this query and its
   * values (see {@link PagingToken}), or null on the last page.
   */
  public PagingToken pagingToken() {
    return resultSet.pagingToken();
  }

  /** The underlying driver result, for its execution info. */
  public ResultSet resultSet() {
    return resultSet;
  }

  @Override
  public Iterator<T> iterator() {
    Iterator<Row> rows = resultSet.iterator();
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public T next() {
        return reader.read(rows.next());
      }
    };
  }
}
