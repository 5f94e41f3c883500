package io.sibyl.driver.internal.request;

import io.netty.util.Timeout;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.NoNodeAvailableException;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.util.ErrorMapper;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.policy.RetryPolicy;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request to completion: walks the query plan, asks the retry policy what to do after each
 * failed attempt, starts speculative executions of idempotent statements, and completes the
 * caller's future once — with the converted response, a typed error, or a {@link
 * DriverTimeoutException} when the overall deadline passes. Transparently re-prepares a statement
 * that a node no longer knows (UNPREPARED).
 *
 * <p>Each execution is an {@link Execution}, which is its own connection callback and its own first
 * attempt. The handler is the first execution: a request answered at the first try allocates no
 * execution, attempt, list or map; those exist only once a speculative execution, a retry or an
 * error needs them. Executions run on different event loops, so the state they share is atomic.
 *
 * <p>The client-side write timestamp is drawn once, when the handler is created, and every attempt
 * (retries and speculative executions) carries it. The caller's future always completes, and the
 * throttle slot is always freed, even when a policy, a tracker or the query plan throws: such an
 * error fails this request only.
 *
 * @param <T> the caller's result type
 */
public final class RequestHandler<T> extends Execution implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);
  private final RequestContext context;
  private final Statement<?> statement;
  private final RequestEncoder encoder;
  private final long timestamp;
  private final String queryText;
  private final ResponseConverter<?> converter;
  // Applied to what the converter made, for executeAsync(statement, converter); null: none.
  private final Function<Object, ? extends T> then;
  private final DefaultNode target;
  private final ByteBuffer routingKey;
  private final String routingKeyspace;
  private final Request message;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  // Counters shared by the executions, as field updaters: no extra object per request.
  private static final AtomicIntegerFieldUpdater<RequestHandler<?>> NEXT_NODE = counter("nextNode");
  private static final AtomicIntegerFieldUpdater<RequestHandler<?>> RUNNING = counter("running");
  private static final AtomicIntegerFieldUpdater<RequestHandler<?>> STARTED = counter("started");
  private static final AtomicIntegerFieldUpdater<RequestHandler<?>> RETRIES = counter("retries");
  private static final AtomicIntegerFieldUpdater<RequestHandler<?>> SLOT_RELEASED =
      counter("slotReleased");
  private static final AtomicIntegerFieldUpdater<RequestHandler<?>> COMPLETED =
      counter("completed");

  private volatile int nextNode;
  private volatile int running;
  private volatile int started;
  private volatile int retries;
  private volatile int slotReleased;
  private volatile int completed;
  private List<Execution> speculativeExecutions; // guarded by this; most requests have none
  private Map<InetSocketAddress, Throwable> errors; // guarded by this; created on the first error
  private final long startNanos = System.nanoTime();
  private volatile boolean admitted;
  volatile Node lastNode;
  private List<Node> plan;
  // This handler's place in the session's DeadlineQueue (guarded by that queue's lock).
  long deadlineNanos;
  DeadlineQueue.Lane deadlineLane;
  RequestHandler<?> previousDeadline;
  RequestHandler<?> nextDeadline;
  private volatile Timeout speculativeTimer;
  // What the tracker's onStart returned, handed back to its later callbacks. Written once in
  // execute(), before the deadline timer and the throttle publish this handler to other threads.
  private Object trackerContext;
  // The thread parked in waitFor(), if any; woken once the future is complete.
  private volatile Thread waiter;

  /**
   * Creates a handler.
   *
   * @param context the session's policies, throttle, timer and query plan
   * @param encoder turns the statement (or a copy at another consistency, for a retry) into its
   *     protocol message, with the request's timestamp
   * @param queryText the CQL text, for error messages (never the bound values)
   * @param target a node to send to (its pool only), or null to use the query plan
   * @param routingKey the statement's partition key, serialized, or null
   * @param routingKeyspace the keyspace of that partition, or null
   */
  public RequestHandler(
      RequestContext context,
      Statement<?> statement,
      RequestEncoder encoder,
      String queryText,
      DefaultNode target,
      ByteBuffer routingKey,
      String routingKeyspace,
      ResponseConverter<T> converter) {
    this(
        context,
        statement,
        encoder,
        queryText,
        target,
        routingKey,
        routingKeyspace,
        converter,
        null);
  }

  /**
   * Creates a handler whose value is {@code then} applied to what {@code converter} makes of the
   * response: the caller's conversion runs as the response is handled, with nothing allocated for
   * it per request (a throwing {@code then} fails the request with its exception). With a null
   * {@code then}, {@code converter} must make the value itself (a {@code T}).
   *
   * @param converter turns the response into a {@code V}
   * @param then turns that into the caller's value, or null
   * @see #RequestHandler(RequestContext, Statement, RequestEncoder, String, DefaultNode,
   *     ByteBuffer, String, ResponseConverter)
   */
  @SuppressWarnings("unchecked")
  public <V> RequestHandler(
      RequestContext context,
      Statement<?> statement,
      RequestEncoder encoder,
      String queryText,
      DefaultNode target,
      ByteBuffer routingKey,
      String routingKeyspace,
      ResponseConverter<V> converter,
      Function<? super V, ? extends T> then) {
    super(1);
    this.context = context;
    this.statement = statement;
    this.encoder = encoder;
    this.queryText = queryText;
    this.target = target;
    this.routingKey = routingKey;
    this.routingKeyspace = routingKeyspace;
    this.converter = converter;
    this.then = (Function<Object, ? extends T>) then;
    // Drawn once: every retry and speculative execution sends the same write timestamp.
    this.timestamp =
        statement.timestamp() != Statement.NO_TIMESTAMP
            ? Statement.NO_TIMESTAMP // the statement's own wins; nothing to draw
            : context.timestampGenerator().next();
    this.message = encoder.encode(statement, timestamp);
  }

  /** Starts the request and returns its outcome. */
  public CompletableFuture<T> execute() {
    context.checkOpen();
    try {
      trackerContext = context.tracker().onStart(statement);
    } catch (RuntimeException e) {
      LOG.warn("Request tracker failed to start \"{}\"", shortText(), e);
    }
    // The deadline counts from submission: time spent waiting in the throttle's queue included.
    context.deadlines().add(this, timeout().toNanos());
    try {
      context.throttler().submit(this); // itself, not a lambda: nothing allocated per request
    } catch (RuntimeException refused) {
      fail(refused);
    }
    return result;
  }

  /**
   * Starts sending once the throttle grants a slot; only the throttle calls it (the handler is its
   * own task so that submitting it allocates nothing).
   */
  @Override
  public void run() {
    admitted = true;
    if (isDone()) {
      releaseSlot(); // timed out while it waited
      return;
    }
    try {
      context.checkOpen(); // closed while it waited
      plan =
          target != null
              ? List.of(target)
              : context.queryPlan(statement, routingKey, routingKeyspace);
      startExecution();
    } catch (RuntimeException e) {
      fail(e); // never let it escape into the throttle, i.e. another request's completion
    }
  }

  private void releaseSlot() {
    if (admitted && SLOT_RELEASED.compareAndSet(this, 0, 1)) {
      context.throttler().release();
    }
  }

  private Duration timeout() {
    return statement.timeout() != null ? statement.timeout() : context.requestTimeout();
  }

  private void startExecution() {
    if (started == 0) {
      // The first execution is this handler; nothing else reads the counters before the
      // speculative timer, scheduled below, is armed: plain volatile writes, no atomics.
      started = 1;
      running = 1;
      start(message);
    } else {
      int number = STARTED.incrementAndGet(this);
      context.tracker().onSpeculativeExecution(statement, trackerContext);
      Execution execution = new Execution.Speculative(this, number);
      synchronized (this) {
        if (speculativeExecutions == null) {
          speculativeExecutions = new ArrayList<>();
        }
        speculativeExecutions.add(execution);
      }
      RUNNING.incrementAndGet(this);
      execution.start(message);
    }
    scheduleSpeculativeExecution();
  }

  private void scheduleSpeculativeExecution() {
    if (!isIdempotent() || isDone()) {
      return;
    }
    long delay =
        context.speculativeExecutionPolicy(statement).nextExecutionDelayMillis(statement, started);
    if (delay < 0) {
      return;
    }
    speculativeTimer =
        context
            .timer()
            .newTimeout(
                fired -> {
                  if (!isDone() && nextNode < plan.size()) {
                    try {
                      startExecution();
                    } catch (RuntimeException e) {
                      fail(e);
                    }
                  }
                },
                delay,
                TimeUnit.MILLISECONDS);
  }

  /** The overall deadline passed (told by the session's {@link DeadlineQueue}). */
  void deadlinePassed() {
    InetSocketAddress last = null;
    for (Execution execution : executions()) {
      InetSocketAddress address = execution.lastAddress();
      if (address != null) {
        last = address;
      }
    }
    fail(
        new DriverTimeoutException(
            "No response within "
                + timeout().toMillis()
                + " ms for \""
                + ErrorMapper.shorten(queryText)
                + "\""
                + (last == null ? "" : " (last tried " + last + ")")
                + ": raise SessionBuilder.requestTimeout (sibyl.request-timeout) or the"
                + " statement's withTimeout if the work needs longer, or check the node's load"));
  }

  // The request's outcome is claimed once (first answer, error or deadline wins); the trackers
  // hear of it before the caller does, so metrics read after a call already count it.
  //
  // Whatever throws on the way (a tracker, a timer), the future is completed and the throttle slot
  // freed, in finally blocks; the slot last, since freeing it may start the next waiting request.
  private void succeed(T value, Node node) {
    if (COMPLETED.compareAndSet(this, 0, 1)) {
      try {
        finish();
        context
            .tracker()
            .onSuccess(statement, node, System.nanoTime() - startNanos, trackerContext);
      } catch (RuntimeException e) {
        LOG.warn("Request tracker or cleanup failed for \"{}\"", shortText(), e);
      } finally {
        try {
          result.complete(value);
        } finally {
          wakeWaiter();
          releaseSlot();
        }
      }
    }
  }

  void fail(Throwable error) {
    if (COMPLETED.compareAndSet(this, 0, 1)) {
      try {
        finish();
        context
            .tracker()
            .onError(statement, lastNode, error, System.nanoTime() - startNanos, trackerContext);
      } catch (RuntimeException e) {
        LOG.warn("Request tracker or cleanup failed for \"{}\"", shortText(), e);
      } finally {
        try {
          result.completeExceptionally(error);
        } finally {
          wakeWaiter();
          releaseSlot();
        }
      }
    }
  }

  /**
   * Parks the calling thread until this request's future is complete: a synchronous call waits here
   * rather than in {@link CompletableFuture#get()}, which would allocate a waiter node and go
   * through the fork-join blocker machinery. The handler wakes the caller directly.
   *
   * <p>Works from virtual threads (they park like any other). Call it at most from one thread.
   *
   * @return true once the future is complete; false if the thread was interrupted first, with its
   *     interrupt flag set again (the future may then still be pending)
   */
  public boolean waitFor() {
    if (result.isDone()) {
      return true;
    }
    waiter = Thread.currentThread();
    try {
      while (!result.isDone()) {
        LockSupport.park(this);
        if (Thread.interrupted()) {
          Thread.currentThread().interrupt();
          return result.isDone();
        }
      }
      return true;
    } finally {
      waiter = null;
    }
  }

  // After the future's completion, so that a waiter that sees no completion is already registered
  // and gets the unpark (both fields are volatile).
  private void wakeWaiter() {
    Thread parked = waiter;
    if (parked != null) {
      LockSupport.unpark(parked);
    }
  }

  String shortText() {
    return ErrorMapper.shorten(queryText);
  }

  /** Stops the timers and frees the stream ids of executions still waiting. */
  private void finish() {
    context.deadlines().remove(this);
    Timeout speculative = speculativeTimer;
    if (speculative != null) {
      speculative.cancel();
    }
    abandon(); // this handler's own execution
    if (started > 1) { // speculative executions: rare, so their list may allocate
      for (Execution execution : executions()) {
        execution.abandon();
      }
    }
  }

  boolean isDone() {
    return completed != 0;
  }

  boolean isIdempotent() {
    Boolean idempotent = statement.idempotent();
    return idempotent != null ? idempotent : context.defaultIdempotence();
  }

  synchronized void recordError(InetSocketAddress node, Throwable error) {
    if (errors == null) {
      errors = new LinkedHashMap<>();
    }
    errors.put(node, error);
  }

  private List<Execution> executions() {
    synchronized (this) {
      if (speculativeExecutions == null) {
        return started == 0 ? List.of() : List.of(this);
      }
      List<Execution> all = new ArrayList<>(speculativeExecutions);
      all.add(0, this);
      return all;
    }
  }

  private static AtomicIntegerFieldUpdater<RequestHandler<?>> counter(String field) {
    @SuppressWarnings({"unchecked", "rawtypes"})
    AtomicIntegerFieldUpdater<RequestHandler<?>> updater =
        (AtomicIntegerFieldUpdater)
            AtomicIntegerFieldUpdater.newUpdater(RequestHandler.class, field);
    return updater;
  }

  // --- what executions ask of their request -------------------------------------------------

  @Override
  RequestHandler<?> handler() {
    return this;
  }

  Statement<?> statement() {
    return statement;
  }

  String queryText() {
    return queryText;
  }

  RequestContext context() {
    return context;
  }

  int retries() {
    return retries;
  }

  /** The next node of the plan for any execution, or null once it is used up. */
  DefaultNode nextNode() {
    int index = NEXT_NODE.getAndIncrement(this);
    return index < plan.size() ? (DefaultNode) plan.get(index) : null;
  }

  /** The plan is used up for one execution: fail the request if no other one is running. */
  void planExhausted() {
    if (RUNNING.decrementAndGet(this) > 0) {
      return;
    }
    synchronized (this) {
      if (errors == null) {
        fail(
            new NoNodeAvailableException(
                "No node was available to run \""
                    + ErrorMapper.shorten(queryText)
                    + "\": every node is down or ignored by the load-balancing policy; check that"
                    + " the nodes are up and that the local data center"
                    + " (SessionBuilder.localDatacenter) is theirs"));
      } else {
        fail(
            new AllNodesFailedException(
                "Every node tried for \"" + ErrorMapper.shorten(queryText) + "\" failed:",
                new LinkedHashMap<>(errors)));
      }
    }
  }

  /** A node answered {@code attempt}: convert the response and complete the request with it. */
  void answer(Frame response, Attempt attempt) {
    T value;
    try {
      Object converted = converter.convert(statement, response, attempt.connection);
      value = then == null ? uncheckedCast(converted) : then.apply(converted);
    } catch (RuntimeException e) {
      fail(e);
      return;
    }
    succeed(value, attempt.node);
  }

  @SuppressWarnings("unchecked")
  private static <T> T uncheckedCast(Object value) {
    return (T) value; // the public constructor takes a ResponseConverter<T>
  }

  /**
   * The retry policy said to ignore the error of {@code attempt}: complete with an empty result.
   */
  void ignored(Attempt attempt) {
    answer(
        new Frame(
            context.protocolVersion(), 0, 0, false, null, Map.of(), List.of(), VoidResult.INSTANCE),
        attempt);
  }

  void nodeError(Node node, Throwable error) {
    context.tracker().onNodeError(statement, node, error, trackerContext);
  }

  void countRetry(Throwable error) {
    RETRIES.incrementAndGet(this);
    context.tracker().onRetry(statement, error, trackerContext);
  }

  /** The request's message at another consistency, same timestamp. */
  Request encodeAt(Consistency consistency) {
    return encoder.encode(statement.withConsistency(consistency), timestamp);
  }

  RetryPolicy policy() {
    return context.retryPolicy(statement);
  }

  PreparedStatement findPrepared(ByteBuffer id) {
    if (statement instanceof BoundStatement bound) {
      return id.equals(bound.preparedStatement().id()) ? bound.preparedStatement() : null;
    }
    if (statement instanceof BatchStatement batch) {
      for (BatchableStatement child : batch.statements()) {
        if (child instanceof BoundStatement bound && id.equals(bound.preparedStatement().id())) {
          return bound.preparedStatement();
        }
      }
    }
    return null;
  }
}
