package io.sibyl.mapper.bulk;

import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.TokenMap;
import io.sibyl.mapper.AsyncPage;
import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.metamodel.TokenRange;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A parallel full-table scan ({@code QueryTable.scan} uses it): the Murmur3 ring is cut along the
 * nodes' tokens into ranges ({@link ScanOptions#withSplits}), at most {@link
 * ScanOptions#concurrency()} ranges are read at once, page by page, taking ranges of different
 * primary replicas in turn, and each range is recorded in the {@link ScanCheckpoint} once all its
 * rows were delivered. No range crosses a boundary of the ring, so one replica set owns each;
 * {@code QueryTable.scan} routes each range's query by its end token ({@code
 * Statement.withRoutingToken}), so one of those replicas coordinates it and reads locally. Every
 * row is delivered once per complete scan: the ranges do not overlap and cover the whole ring, the
 * range that wraps around included.
 *
 * @param <T> the entity type
 */
public final class TableScan<T> {
  private final Session session;
  private final String table;
  private final String keyspace;
  private final Function<TokenRange, CompletionStage<AsyncPage<T>>> reader;

  /**
   * A scan.
   *
   * @param session the session that reads
   * @param table the table's name as its statements write it (kept in the checkpoint)
   * @param keyspace the table's keyspace (unquoted), for the replicas of each range
   * @param reader the first page of the rows of a range
   */
  public TableScan(
      Session session,
      String table,
      String keyspace,
      Function<TokenRange, CompletionStage<AsyncPage<T>>> reader) {
    this.session = Objects.requireNonNull(session, "session");
    this.table = Objects.requireNonNull(table, "table");
    this.keyspace = keyspace;
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * Reads the table (or what the checkpoint left), delivering each entity to {@code consumer},
   * which is called by one thread at a time (a driver thread, so it should be quick), and waits for
   * the end.
   *
   * @throws IllegalArgumentException if the checkpoint is of another table
   * @throws MapperException if the cluster's partitioner is not Murmur3
   */
  public ScanResult run(ScanOptions options, Consumer<? super T> consumer) {
    return Waits.await(runAsync(options, consumer), "a table scan of " + table);
  }

  /** {@link #run} without blocking. */
  public CompletionStage<ScanResult> runAsync(ScanOptions options, Consumer<? super T> consumer) {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(consumer, "consumer");
    ScanCheckpoint start = options.checkpoint();
    if (start != null && !start.table().equals(table)) {
      throw new IllegalArgumentException(
          "This checkpoint is of table "
              + start.table()
              + ", not "
              + table
              + "; resume a scan on the table that made the checkpoint");
    }
    TokenMap tokens = session.metadata().tokenMap().orElse(null);
    if (tokens != null && !tokens.partitioner().endsWith(".Murmur3Partitioner")) {
      throw new MapperException(
          "A table scan of "
              + table
              + " cuts the Murmur3 token ring, but the cluster uses "
              + tokens.partitioner()
              + "; read the table with select().page() instead");
    }
    if (start == null) {
      List<Long> ring = new ArrayList<>();
      if (tokens != null) {
        tokens.ringTokens().forEach(token -> ring.add((Long) token));
      }
      start = new ScanCheckpoint(table, RingRanges.split(ring, options.splits()), Set.of());
    }
    return new Run(start, byReplica(start.remaining(), tokens), options.concurrency(), consumer)
        .start();
  }

  /** The ranges taken in turn from each primary replica's list, so reads spread over the nodes. */
  private List<TokenRange> byReplica(List<TokenRange> ranges, TokenMap tokens) {
    if (tokens == null || keyspace == null) {
      return ranges;
    }
    Map<Object, Deque<TokenRange>> queues = new LinkedHashMap<>();
    Object unknown = new Object();
    for (TokenRange range : ranges) {
      List<Node> replicas = tokens.replicasOfToken(keyspace, range.end());
      queues
          .computeIfAbsent(replicas.isEmpty() ? unknown : replicas.get(0), r -> new ArrayDeque<>())
          .add(range);
    }
    List<TokenRange> ordered = new ArrayList<>(ranges.size());
    while (ordered.size() < ranges.size()) {
      for (Deque<TokenRange> queue : queues.values()) {
        TokenRange next = queue.poll();
        if (next != null) {
          ordered.add(next);
        }
      }
    }
    return ordered;
  }

  private final class Run {
    private final ScanCheckpoint start;
    private final Deque<TokenRange> todo;
    private final Set<TokenRange> completed;
    private final List<ScanFailure> failures = new ArrayList<>();
    private final Consumer<? super T> consumer;
    private final CompletableFuture<ScanResult> done = new CompletableFuture<>();
    private final Object consumerLock = new Object();
    private int freeSlots;
    private int running;
    private long rows;

    Run(
        ScanCheckpoint start,
        List<TokenRange> todo,
        int concurrency,
        Consumer<? super T> consumer) {
      this.start = start;
      this.todo = new ArrayDeque<>(todo);
      this.completed = new LinkedHashSet<>(start.completed());
      this.freeSlots = concurrency;
      this.consumer = consumer;
    }

    CompletableFuture<ScanResult> start() {
      List<TokenRange> first = new ArrayList<>();
      synchronized (this) {
        while (freeSlots > 0 && !todo.isEmpty()) {
          first.add(todo.poll());
          freeSlots--;
          running++;
        }
        finishIfDone();
      }
      first.forEach(this::read);
      return done;
    }

    private void read(TokenRange range) {
      CompletionStage<AsyncPage<T>> page;
      try {
        page = reader.apply(range);
      } catch (RuntimeException e) {
        page = CompletableFuture.failedFuture(e);
      }
      page.whenComplete((p, error) -> onPage(range, p, error));
    }

    private void onPage(TokenRange range, AsyncPage<T> page, Throwable error) {
      if (error == null) {
        try {
          synchronized (consumerLock) {
            for (T entity : page.currentPage()) {
              consumer.accept(entity);
              synchronized (this) {
                rows++;
              }
            }
          }
        } catch (RuntimeException e) {
          error = e;
        }
      }
      if (error == null && page.hasMorePages()) {
        page.fetchNextPage().whenComplete((next, e) -> onPage(range, next, e));
        return;
      }
      TokenRange next;
      synchronized (this) {
        running--;
        if (error == null) {
          completed.add(range);
        } else {
          failures.add(new ScanFailure(range, unwrap(error)));
          todo.clear(); // stop: resume from the checkpoint
        }
        next = todo.poll();
        if (next != null) {
          running++;
        }
        finishIfDone();
      }
      if (next != null) {
        read(next);
      }
    }

    // Under the lock.
    private void finishIfDone() {
      if (running == 0 && todo.isEmpty() && !done.isDone()) {
        done.complete(
            new ScanResult(
                rows, failures, new ScanCheckpoint(start.table(), start.ranges(), completed)));
      }
    }
  }

  private static Throwable unwrap(Throwable error) {
    while (error instanceof CompletionException && error.getCause() != null) {
      error = error.getCause();
    }
    return error;
  }
}
