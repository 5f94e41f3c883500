package io.sibyl.driver.internal.request.harness;

import io.netty.util.Timer;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.RequestTracker;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.TimestampGenerator;
import io.sibyl.driver.error.SessionClosedException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.request.DeadlineQueue;
import io.sibyl.driver.internal.request.RequestContext;
import io.sibyl.driver.internal.request.RequestEncoder;
import io.sibyl.driver.internal.request.RequestHandler;
import io.sibyl.driver.internal.request.RequestThrottler;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.policy.DefaultRetryPolicy;
import io.sibyl.driver.policy.NoSpeculativeExecutionPolicy;
import io.sibyl.driver.policy.RetryPolicy;
import io.sibyl.driver.policy.SpeculativeExecutionPolicy;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake session for {@link RequestHandler} unit tests: fake nodes over embedded channels, a {@link
 * ManualTimer}, a real throttle and settable policies. Single-threaded: everything runs on the
 * test's thread when it calls {@link #runPending()} or advances the timer.
 */
public final class RequestHarness implements RequestContext {
  /** The timer of deadlines, attempt timeouts and speculative executions. */
  public final ManualTimer timer = new ManualTimer();

  /** The deadlines, swept on {@link #timer} and counted in its time. */
  public final DeadlineQueue deadlines = new DeadlineQueue(timer, timer::now);

  /** The nodes, in query-plan order. */
  public final List<FakeNode> nodes = new ArrayList<>();

  /** Counts what the handler tells its tracker. */
  public final CountingTracker tracker = new CountingTracker();

  private RequestThrottler throttler = new RequestThrottler(10_000, 10_000);
  private RetryPolicy retryPolicy = DefaultRetryPolicy.INSTANCE;
  private SpeculativeExecutionPolicy speculative = NoSpeculativeExecutionPolicy.INSTANCE;
  private TimestampGenerator timestamps = TimestampGenerator.monotonic();
  private Duration requestTimeout = Duration.ofSeconds(2);
  private Duration attemptTimeout;
  private boolean idempotent;
  private volatile boolean closed;

  /** When set, the query plan throws it (a broken load-balancing policy). */
  public volatile RuntimeException planFailure;

  /** Encodes simple statements as QUERY messages with the request's timestamp. */
  public static final RequestEncoder ENCODER =
      (statement, timestamp) -> {
        long effective =
            statement.timestamp() != Statement.NO_TIMESTAMP ? statement.timestamp() : timestamp;
        return new Query(
            ((SimpleStatement) statement).query(),
            new QueryOptions(
                statement.consistency() == null ? 1 : statement.consistency().code(),
                null,
                null,
                false,
                100,
                null,
                QueryOptions.NO_SERIAL_CONSISTENCY,
                effective,
                null,
                QueryOptions.NO_NOW_IN_SECONDS));
      };

  /** Adds {@code up} nodes with one open connection each and {@code down} nodes without. */
  public RequestHarness nodes(int up, int down, int maxStreams) {
    for (int i = 0; i < up; i++) {
      nodes.add(FakeNode.up(nodes.size(), maxStreams));
    }
    for (int i = 0; i < down; i++) {
      nodes.add(FakeNode.down(nodes.size()));
    }
    return this;
  }

  public RequestHarness throttle(int maxConcurrent, int maxQueued) {
    this.throttler = new RequestThrottler(maxConcurrent, maxQueued);
    return this;
  }

  public RequestHarness retryPolicy(RetryPolicy policy) {
    this.retryPolicy = policy;
    return this;
  }

  public RequestHarness speculativeExecutionPolicy(SpeculativeExecutionPolicy policy) {
    this.speculative = policy;
    return this;
  }

  public RequestHarness timestamps(TimestampGenerator generator) {
    this.timestamps = generator;
    return this;
  }

  public RequestHarness requestTimeout(Duration timeout) {
    this.requestTimeout = timeout;
    return this;
  }

  public RequestHarness attemptTimeout(Duration timeout) {
    this.attemptTimeout = timeout;
    return this;
  }

  public RequestHarness idempotentByDefault(boolean value) {
    this.idempotent = value;
    return this;
  }

  /** Starts a request for {@code statement}; its future completes with the answer frame. */
  public CompletableFuture<Frame> execute(Statement<?> statement) {
    return execute(statement, ENCODER);
  }

  /** Starts a request with another encoder. */
  public CompletableFuture<Frame> execute(Statement<?> statement, RequestEncoder encoder) {
    try {
      return handler(statement, encoder).execute();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** A handler for {@code statement}, not started yet. */
  public RequestHandler<Frame> handler(Statement<?> statement, RequestEncoder encoder) {
    return new RequestHandler<Frame>(
        this,
        statement,
        encoder,
        statement instanceof SimpleStatement simple ? simple.query() : "batch",
        null,
        null,
        null,
        (ignored, frame, connection) -> frame);
  }

  /** Runs every node's queued channel tasks until all are idle. */
  public void runPending() {
    boolean ran = true;
    while (ran) {
      ran = false;
      for (FakeNode node : nodes) {
        ran |= node.runPending();
      }
    }
  }

  /** Closes the session: no new request, every connection closed. */
  public void close() {
    closed = true;
    for (FakeNode node : nodes) {
      node.kill();
    }
    runPending();
  }

  /** Stream ids held over all nodes. */
  public int inFlight() {
    int total = 0;
    for (FakeNode node : nodes) {
      total += node.inFlight();
    }
    return total;
  }

  /** Releases the channels. */
  public void finish() {
    for (FakeNode node : nodes) {
      node.finish();
    }
  }

  // --- RequestContext ---------------------------------------------------------------------

  @Override
  public void checkOpen() {
    if (closed) {
      throw new SessionClosedException("Session test is closed");
    }
  }

  @Override
  public Timer timer() {
    return timer;
  }

  @Override
  public DeadlineQueue deadlines() {
    return deadlines;
  }

  @Override
  public RequestThrottler throttler() {
    return throttler;
  }

  @Override
  public List<Node> queryPlan(
      Statement<?> statement, ByteBuffer routingKey, String routingKeyspace) {
    if (planFailure != null) {
      throw planFailure;
    }
    List<Node> plan = new ArrayList<>(nodes.size());
    for (FakeNode node : nodes) {
      plan.add(node.node());
    }
    return plan;
  }

  @Override
  public RequestTracker tracker() {
    return tracker;
  }

  @Override
  public RetryPolicy retryPolicy(Statement<?> statement) {
    return retryPolicy;
  }

  @Override
  public SpeculativeExecutionPolicy speculativeExecutionPolicy(Statement<?> statement) {
    return speculative;
  }

  @Override
  public Duration requestTimeout() {
    return requestTimeout;
  }

  @Override
  public Duration attemptTimeout() {
    return attemptTimeout;
  }

  @Override
  public boolean defaultIdempotence() {
    return idempotent;
  }

  @Override
  public TimestampGenerator timestampGenerator() {
    return timestamps;
  }

  @Override
  public ProtocolVersion protocolVersion() {
    return ProtocolVersion.V4;
  }

  /**
   * Counts the tracker's events. Its {@code onStart} returns a fresh token per request; every later
   * callback records the context it was handed, so tests can check the driver passes it back.
   */
  public static final class CountingTracker implements RequestTracker {
    public final AtomicInteger starts = new AtomicInteger();
    public final AtomicInteger successes = new AtomicInteger();
    public final AtomicInteger errors = new AtomicInteger();
    public final AtomicInteger retries = new AtomicInteger();
    public final AtomicInteger speculativeExecutions = new AtomicInteger();
    public final AtomicInteger nodeErrors = new AtomicInteger();

    /** The contexts handed back, as "callback:token". */
    public final List<String> contexts = new CopyOnWriteArrayList<>();

    /** When set, every callback throws it after counting (a broken user tracker). */
    public volatile RuntimeException failure;

    private void maybeFail() {
      if (failure != null) {
        throw failure;
      }
    }

    @Override
    public Object onStart(Statement<?> statement) {
      return "request-" + starts.incrementAndGet();
    }

    @Override
    public void onSuccess(Statement<?> statement, Node node, long latencyNanos, Object context) {
      successes.incrementAndGet();
      contexts.add("success:" + context);
      maybeFail();
    }

    @Override
    public void onError(
        Statement<?> statement, Node node, Throwable error, long latencyNanos, Object context) {
      errors.incrementAndGet();
      contexts.add("error:" + context);
      maybeFail();
    }

    @Override
    public void onNodeError(Statement<?> statement, Node node, Throwable error, Object context) {
      nodeErrors.incrementAndGet();
      contexts.add("nodeError:" + context);
    }

    @Override
    public void onRetry(Statement<?> statement, Throwable error, Object context) {
      retries.incrementAndGet();
      contexts.add("retry:" + context);
      maybeFail();
    }

    @Override
    public void onSpeculativeExecution(Statement<?> statement, Object context) {
      speculativeExecutions.incrementAndGet();
      contexts.add("speculative:" + context);
      maybeFail();
    }
  }

  /** The timestamp a QUERY request was sent with. */
  public static long timestampOf(Frame request) {
    Request message = (Request) request.message();
    return ((Query) message).options().defaultTimestamp();
  }
}
