package io.sibyl.driver;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The result of a synchronous execution. Iterating it pages transparently: when the rows of one
 * page are used up, the next page is fetched (blocking the iterating thread).
 *
 * <p>Not thread-safe; iterate it once.
 */
public final class ResultSet implements Iterable<Row> {
  private AsyncResultSet page;

  ResultSet(AsyncResultSet firstPage) {
    this.page = firstPage;
  }

  /** The result's columns (empty for a write). */
  public ColumnDefinitions columnDefinitions() {
    return page.columnDefinitions();
  }

  /** How the request for the current page ran. */
  public ExecutionInfo executionInfo() {
    return page.executionInfo();
  }

  /** The next row, fetching the next page if needed; null when there is none. */
  public Row one() {
    return fetchIfNeeded() ? page.one() : null;
  }

  /** Every remaining row, fetching all remaining pages. Mind the memory for large results. */
  public List<Row> all() {
    List<Row> rows = new ArrayList<>();
    for (Row row : this) {
      rows.add(row);
    }
    return rows;
  }

  /** Rows of the current page not read yet (no fetch). */
  public int availableWithoutFetching() {
    return page.remaining();
  }

  /** Whether every page has been received. */
  public boolean isFullyFetched() {
    return !page.hasMorePages();
  }

  /** Where the page after the current one starts, or null on the last page. */
  public ByteBuffer pagingState() {
    return page.pagingState();
  }

  /**
   * Where the page after the current one starts, as a signed, statement-bound token (see {@link
   * PagingToken}), or null on the last page.
   */
  public PagingToken pagingToken() {
    return page.pagingToken();
  }

  /** Whether a conditional statement was applied (see {@link AsyncResultSet#wasApplied()}). */
  public boolean wasApplied() {
    return page.wasApplied();
  }

  @Override
  public Iterator<Row> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return fetchIfNeeded();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.one();
      }
    };
  }

  /** Makes sure the current page has a row left if any page does; returns whether one is left. */
  private boolean fetchIfNeeded() {
    while (page.remaining() == 0 && page.hasMorePages()) {
      page = page.session().await(page.fetchNextPage());
    }
    return page.remaining() > 0;
  }
}
