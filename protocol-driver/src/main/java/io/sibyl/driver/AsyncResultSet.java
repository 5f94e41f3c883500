package io.sibyl.driver;

import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.RowData;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One page of a result, as the asynchronous API returns it. The rows of this page are in memory;
 * {@link #fetchNextPage()} asks for the next one, so a large result is read page by page without
 * blocking a thread.
 *
 * <p>Not thread-safe: {@link #one()} and {@link #currentPage()} consume the page's rows.
 */
public final class AsyncResultSet {
  private static final String APPLIED = "[applied]";

  private final Session session;
  private final ColumnDefinitions columns;
  private final RowData page;
  // What ExecutionInfo tells, kept apart so that a result nobody asks about (most writes) does not
  // build one; the frame holds the rarely set parts (warnings, tracing id, payload).
  private final Statement<?> statement;
  private final InetSocketAddress coordinator;
  private final Frame frame;
  private final ByteBuffer pagingState;
  private final boolean schemaInAgreement;
  private final boolean changedSchema;
  private int position;
  private ExecutionInfo executionInfo; // built on first use; a record, so safe to share

  AsyncResultSet(
      Session session,
      ColumnDefinitions columns,
      RowData page,
      Statement<?> statement,
      InetSocketAddress coordinator,
      Frame frame,
      ByteBuffer pagingState,
      boolean schemaInAgreement,
      boolean changedSchema) {
    this.session = session;
    this.columns = columns;
    this.page = page;
    this.statement = statement;
    this.coordinator = coordinator;
    this.frame = frame;
    this.pagingState = pagingState;
    this.schemaInAgreement = schemaInAgreement;
    this.changedSchema = changedSchema;
  }

  /** Whether the statement changed the schema (DDL). */
  boolean changedSchema() {
    return changedSchema;
  }

  /** This result with the outcome of the schema agreement wait recorded. */
  AsyncResultSet withSchemaInAgreement(boolean agreed) {
    return new AsyncResultSet(
        session, columns, page, statement, coordinator, frame, pagingState, agreed, true);
  }

  /** The result's columns (empty for a write). */
  public ColumnDefinitions columnDefinitions() {
    return columns;
  }

  /** How the request ran. */
  public ExecutionInfo executionInfo() {
    ExecutionInfo info = executionInfo;
    if (info == null) {
      info =
          new ExecutionInfo(
              statement,
              coordinator,
              frame.warnings(),
              frame.tracingId(),
              frame.customPayload(),
              pagingState,
              schemaInAgreement);
      executionInfo = info;
    }
    return info;
  }

  /** How many rows of this page have not been read yet. */
  public int remaining() {
    return page == null ? 0 : page.rowCount() - position;
  }

  /** The next row of this page, or null when this page has none left. */
  public Row one() {
    return remaining() > 0 ? row(position++) : null;
  }

  /** The rows of this page that have not been read yet, once. */
  public Iterable<Row> currentPage() {
    return () ->
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            return remaining() > 0;
          }

          @Override
          public Row next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return row(position++);
          }
        };
  }

  /** Whether the server has more rows after this page. */
  public boolean hasMorePages() {
    return pagingState != null;
  }

  /** Where the next page starts (to resume later, possibly in another session), or null. */
  public ByteBuffer pagingState() {
    return pagingState == null ? null : pagingState.asReadOnlyBuffer();
  }

  /**
   * Where the next page starts, as a signed, statement-bound token to hand out and resume later
   * with {@link Statement#withPagingToken(PagingToken)}; null on the last page. See {@link
   * PagingToken}.
   */
  public PagingToken pagingToken() {
    ByteBuffer state = pagingState();
    return state == null ? null : session.pagingToken(statement, state);
  }

  /**
   * Fetches the next page.
   *
   * @throws IllegalStateException if there is none ({@link #hasMorePages()} is false)
   */
  public CompletionStage<AsyncResultSet> fetchNextPage() {
    if (!hasMorePages()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("This is the last page: check hasMorePages() first"));
    }
    return session.executeAsync(statement.withPagingState(pagingState()));
  }

  /**
   * Whether a conditional statement (lightweight transaction) was applied. True for any other
   * statement. When false, the row holds the current values of the columns in the condition.
   */
  public boolean wasApplied() {
    if (page == null || page.rowCount() == 0 || !columns.contains(APPLIED)) {
      return true;
    }
    return row(0).getBoolean(columns.indexOf(APPLIED));
  }

  Row row(int index) {
    return new Row(columns, page, index, session.codecRegistry());
  }

  Session session() {
    return session;
  }
}
