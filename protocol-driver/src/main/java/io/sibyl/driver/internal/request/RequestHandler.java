package io.sibyl.driver.internal.request;

import io.netty.util.Timeout;
import io.netty.util.TimerTask;
import io.sibyl.driver.BatchStatement;
import io.sibyl.driver.BatchableStatement;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.AllNodesFailedException;
import io.sibyl.driver.error.BootstrappingException;
import io.sibyl.driver.error.BusyConnectionException;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.CoordinatorException;
import io.sibyl.driver.error.DriverTimeoutException;
import io.sibyl.driver.error.NoNodeAvailableException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.error.QueryExecutionException;
import io.sibyl.driver.error.ReadTimeoutException;
import io.sibyl.driver.error.RequestEncodingException;
import io.sibyl.driver.error.ServerErrorException;
import io.sibyl.driver.error.UnavailableException;
import io.sibyl.driver.error.WriteTimeoutException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.connection.PendingResponse;
import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.internal.pool.NodePool;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Error;
import io.sibyl.driver.internal.protocol.message.ErrorDetails;
import io.sibyl.driver.internal.protocol.message.Prepare;
import io.sibyl.driver.internal.protocol.message.PreparedResult;
import io.sibyl.driver.internal.protocol.message.VoidResult;
import io.sibyl.driver.internal.util.ErrorMapper;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.policy.RetryDecision;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one request to completion: walks the query plan, asks the retry policy what to do after each
 * failed attempt, starts speculative executions of idempotent statements, and completes the
 * caller's future once — with the converted response, a typed error, or a {@link
 * DriverTimeoutException} when the overall deadline passes. Transparently re-prepares a statement
 * that a node no longer knows (UNPREPARED).
 *
 * <p>Each execution (the first and each speculative one) is an {@link Execution}, which is its own
 * connection callback. Executions run on different event loops, so the state they share is atomic.
 *
 * <p>The client-side write timestamp is drawn once, when the handler is created, and every attempt
 * (retries and speculative executions) carries it. The caller's future always completes, and the
 * throttle slot is always freed, even when a policy, a tracker or the query plan throws: such an
 * error fails this request only.
 *
 * @param <T> the caller's result type
 */
public final class RequestHandler<T> implements TimerTask, Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);
  private final RequestContext context;
  private final Statement<?> statement;
  private final RequestEncoder encoder;
  private final long timestamp;
  private final String queryText;
  private final ResponseConverter<T> converter;
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
  private volatile Execution firstExecution;
  private List<Execution> speculativeExecutions; // guarded by this; most requests have none
  private Map<InetSocketAddress, Throwable> errors; // guarded by this; created on the first error
  private final long startNanos = System.nanoTime();
  private volatile boolean admitted;
  private volatile Node lastNode;
  private List<Node> plan;
  private Timeout deadline;
  private volatile Timeout speculativeTimer;
  // What the tracker's onStart returned, handed back to its later callbacks. Written once in
  // execute(), before the deadline timer and the throttle publish this handler to other threads.
  private Object trackerContext;

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
    this.context = context;
    this.statement = statement;
    this.encoder = encoder;
    this.queryText = queryText;
    this.target = target;
    this.routingKey = routingKey;
    this.routingKeyspace = routingKeyspace;
    this.converter = converter;
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
    deadline = context.timer().newTimeout(this, timeout().toNanos(), TimeUnit.NANOSECONDS);
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
    int number = STARTED.incrementAndGet(this);
    if (number > 1) {
      context.tracker().onSpeculativeExecution(statement, trackerContext);
    }
    Execution execution = new Execution(number, message);
    if (number == 1) {
      firstExecution = execution;
    } else {
      synchronized (this) {
        if (speculativeExecutions == null) {
          speculativeExecutions = new ArrayList<>();
        }
        speculativeExecutions.add(execution);
      }
    }
    RUNNING.incrementAndGet(this);
    execution.sendToNextNode();
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

  /** The overall deadline passed. */
  @Override
  public void run(Timeout fired) {
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
          releaseSlot();
        }
      }
    }
  }

  private void fail(Throwable error) {
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
          releaseSlot();
        }
      }
    }
  }

  private String shortText() {
    return ErrorMapper.shorten(queryText);
  }

  /** Stops the timers and frees the stream ids of executions still waiting. */
  private void finish() {
    if (deadline != null) {
      deadline.cancel();
    }
    Timeout speculative = speculativeTimer;
    if (speculative != null) {
      speculative.cancel();
    }
    Execution first = firstExecution;
    if (first != null) {
      first.abandon();
    }
    if (STARTED.get(this) > 1) { // speculative executions: rare, so their list may allocate
      for (Execution execution : executions()) {
        execution.abandon();
      }
    }
  }

  private boolean isDone() {
    return completed != 0;
  }

  private boolean isIdempotent() {
    Boolean idempotent = statement.idempotent();
    return idempotent != null ? idempotent : context.defaultIdempotence();
  }

  private synchronized void recordError(InetSocketAddress node, Throwable error) {
    if (errors == null) {
      errors = new LinkedHashMap<>();
    }
    errors.put(node, error);
  }

  private List<Execution> executions() {
    Execution first = firstExecution;
    synchronized (this) {
      if (speculativeExecutions == null) {
        return first == null ? List.of() : List.of(first);
      }
      List<Execution> all = new ArrayList<>(speculativeExecutions);
      all.add(0, first);
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

  /** The plan is used up for one execution: fail the request if no other one is running. */
  private void planExhausted() {
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

  /**
   * One execution of the request: one node at a time, retried as the policy says. Each write is its
   * own {@link Attempt}, so a late answer to an attempt that timed out can never be mistaken for
   * the answer to the next one.
   */
  private final class Execution implements Attempt.Outcome {
    private final int number;
    private Request attemptMessage;
    private volatile Attempt current;

    Execution(int number, Request message) {
      this.number = number;
      this.attemptMessage = message;
    }

    InetSocketAddress lastAddress() {
      Attempt attempt = current;
      return attempt == null ? null : attempt.connection.address();
    }

    void sendToNextNode() {
      while (!isDone()) {
        int index = NEXT_NODE.getAndIncrement(RequestHandler.this);
        if (index >= plan.size()) {
          planExhausted();
          return;
        }
        DefaultNode candidate = (DefaultNode) plan.get(index);
        if (send(candidate)) {
          return;
        }
        recordError(
            candidate.address(),
            new NoNodeAvailableException(candidate + " has no open connection"));
      }
    }

    /** Writes on {@code candidate}'s least busy connection; false if it has none. */
    private boolean send(DefaultNode candidate) {
      NodePool pool = candidate.pool();
      Connection connection = pool == null ? null : pool.next();
      if (connection == null) {
        return false;
      }
      write(new Attempt(this, candidate, connection, attemptMessage, statement, queryText));
      return true;
    }

    private void write(Attempt attempt) {
      lastNode = attempt.node;
      current = attempt;
      Duration attemptTimeout = context.attemptTimeout();
      if (attemptTimeout != null && isIdempotent()) {
        attempt.timer =
            context.timer().newTimeout(attempt, attemptTimeout.toNanos(), TimeUnit.NANOSECONDS);
      }
      attempt.connection.write(attempt);
    }

    // A policy, converter or tracker that throws fails this request; it must not unwind into the
    // connection's pipeline, which would close the connection and leave this future pending.
    @Override
    public void onResponse(Attempt attempt, Frame response) {
      try {
        handleResponse(attempt, response);
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    @Override
    public void onFailure(Attempt attempt, Throwable error) {
      try {
        handleFailure(attempt, error);
      } catch (RuntimeException e) {
        fail(e);
      }
    }

    private void handleResponse(Attempt attempt, Frame response) {
      if (isDone()) {
        return;
      }
      Connection connection = attempt.connection;
      if (response.message() instanceof Error error) {
        if (error.code() == Error.UNPREPARED) {
          reprepare(attempt, (ErrorDetails.Unprepared) error.details());
        } else {
          onServerError(attempt, ErrorMapper.toException(error, connection.address(), queryText));
        }
        return;
      }
      T value;
      try {
        value = converter.convert(statement, response, connection);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      succeed(value, attempt.node);
    }

    private void handleFailure(Attempt attempt, Throwable error) {
      if (isDone()) {
        return;
      }
      if (error instanceof RequestEncodingException) {
        // Never retried: it would fail the same way on every node.
        fail(
            new RequestEncodingException(
                "\"" + shortText() + "\" was not sent: " + error.getMessage(), error.getCause()));
      } else if (error instanceof BusyConnectionException) {
        retry(attempt, RetryDecision.RETRY_NEXT, error); // never sent
      } else if ((error instanceof ConnectionException
              || error instanceof ProtocolException
              || error instanceof DriverTimeoutException)
          && isIdempotent()) {
        retry(attempt, policy().onRequestAborted(statement, error, retries), error);
      } else {
        fail(error);
      }
    }

    private void onServerError(Attempt attempt, DriverException error) {
      RetryDecision decision;
      RetryPolicy policy = policy();
      int count = retries;
      if (error instanceof BootstrappingException) {
        decision = RetryDecision.RETRY_NEXT; // nothing ran there
      } else if (error instanceof ReadTimeoutException t) {
        decision =
            policy.onReadTimeout(
                statement, t.consistency(), t.blockFor(), t.received(), t.dataPresent(), count);
      } else if (error instanceof WriteTimeoutException t) {
        decision =
            isIdempotent()
                ? policy.onWriteTimeout(
                    statement, t.consistency(), t.writeType(), t.blockFor(), t.received(), count)
                : RetryDecision.RETHROW;
      } else if (error instanceof UnavailableException u) {
        decision = policy.onUnavailable(statement, u.consistency(), u.required(), u.alive(), count);
      } else if ((error instanceof QueryExecutionException || error instanceof ServerErrorException)
          && isIdempotent()) {
        decision = policy.onErrorResponse(statement, (CoordinatorException) error, count);
      } else {
        decision = RetryDecision.RETHROW;
      }
      retry(attempt, decision, error);
    }

    private void retry(Attempt attempt, RetryDecision decision, Throwable error) {
      context.tracker().onNodeError(statement, attempt.node, error, trackerContext);
      switch (decision.kind()) {
        case RETRY_SAME -> {
          countRetry(decision, error);
          if (!send(attempt.node)) {
            recordError(attempt.connection.address(), error);
            sendToNextNode();
          }
        }
        case RETRY_NEXT -> {
          countRetry(decision, error);
          recordError(attempt.connection.address(), error);
          sendToNextNode();
        }
        case IGNORE -> ignore(attempt);
        default -> fail(error);
      }
    }

    private void ignore(Attempt attempt) {
      T value;
      try {
        value =
            converter.convert(
                statement,
                new Frame(
                    context.protocolVersion(),
                    0,
                    0,
                    false,
                    null,
                    Map.of(),
                    List.of(),
                    VoidResult.INSTANCE),
                attempt.connection);
      } catch (RuntimeException e) {
        fail(e);
        return;
      }
      succeed(value, attempt.node);
    }

    private void countRetry(RetryDecision decision, Throwable error) {
      RETRIES.incrementAndGet(RequestHandler.this);
      context.tracker().onRetry(statement, error, trackerContext);
      if (decision.consistency() != null) {
        attemptMessage =
            encoder.encode(statement.withConsistency(decision.consistency()), timestamp);
      }
    }

    /** The node forgot the statement: prepare it again there, then send the request again. */
    private void reprepare(Attempt attempt, ErrorDetails.Unprepared unprepared) {
      Connection connection = attempt.connection;
      PreparedStatement prepared = findPrepared(ByteBuffer.wrap(unprepared.id()));
      if (prepared == null) {
        fail(
            new ProtocolException(
                connection.logPrefix()
                    + " the node reported an unknown prepared statement id for \""
                    + ErrorMapper.shorten(queryText)
                    + "\""));
        return;
      }
      // v5 can name the keyspace in PREPARE; only needed when it differs from the connection's.
      String keyspace =
          connection.protocolVersion().usesOuterFraming()
                  && prepared.keyspace() != null
                  && !prepared.keyspace().equals(connection.keyspace())
              ? prepared.keyspace()
              : null;
      PendingResponse.send(connection, new Prepare(prepared.query(), keyspace))
          .whenComplete(
              (response, error) -> {
                if (error != null) {
                  onFailure(attempt, error);
                } else if (response.message() instanceof PreparedResult) {
                  if (!isDone()) {
                    write(
                        new Attempt(
                            this, attempt.node, connection, attemptMessage, statement, queryText));
                  }
                } else if (response.message() instanceof Error prepareError) {
                  fail(
                      ErrorMapper.toException(
                          prepareError, connection.address(), prepared.query()));
                } else {
                  fail(
                      new ProtocolException(connection.logPrefix() + " unexpected PREPARE answer"));
                }
              });
    }

    /** The request is over: free the stream id of the attempt still waiting, if any. */
    void abandon() {
      Attempt attempt = current;
      if (attempt != null && attempt.settle()) {
        attempt.connection.abandon(attempt);
      }
    }

    @Override
    public String toString() {
      return "execution " + number + " of \"" + ErrorMapper.shorten(queryText) + "\"";
    }
  }

  private RetryPolicy policy() {
    return context.retryPolicy(statement);
  }

  private PreparedStatement findPrepared(ByteBuffer id) {
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
