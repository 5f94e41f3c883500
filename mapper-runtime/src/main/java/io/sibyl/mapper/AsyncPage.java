package io.sibyl.mapper;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.PagingToken;
import io.sibyl.driver.Row;
import io.sibyl.mapper.generated.RowReader;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * One page of the entities of an asynchronous select, with the means to fetch the next one. The
 * page's entities are mapped when the page is created.
 *
 * @param <T> the entity type
 */
public final class AsyncPage<T> {

  private final AsyncResultSet resultSet;
  private final RowReader<T> reader;
  private final List<T> items;

  /** Maps the current page of {@code resultSet} with {@code reader}. */
  public AsyncPage(AsyncResultSet resultSet, RowReader<T> reader) {
    this.resultSet = Objects.requireNonNull(resultSet, "resultSet");
    this.reader = Objects.requireNonNull(reader, "reader");
    List<T> mapped = new ArrayList<>(resultSet.remaining());
    for (Row row : resultSet.currentPage()) {
      mapped.add(reader.read(row));
    }
    this.items = List.copyOf(mapped);
  }

  /** The entities of this page. */
  public List<T> currentPage() {
    return items;
  }

  /** The first entity of this page, or null when it is empty. */
  public T one() {
    return items.isEmpty() ? null : items.get(0);
  }

  /** Whether the server has more rows after this page. */
  public boolean hasMorePages() {
    return resultSet.hasMorePages();
  }

  /** Where the next page starts (to resume later with the {@code PAGING_STATE} option), or null. */
  public ByteBuffer pagingState() {
    return resultSet.pagingState();
  }

  /**
   * Where the next page starts, as a signed token bound to this query and its values (resume with
   * {@link QueryOptions#withPagingToken(PagingToken)}), or null on the last page.
   */
  public PagingToken pagingToken() {
    return resultSet.pagingToken();
  }

  /**
   * Fetches the next page.
   *
   * @throws IllegalStateException (in the stage) if there is none
   */
  public CompletionStage<AsyncPage<T>> fetchNextPage() {
    return resultSet.fetchNextPage().thenApply(next -> new AsyncPage<>(next, reader));
  }

  /** The underlying driver result, for its execution info. */
  public AsyncResultSet resultSet() {
    return resultSet;
  }
}
