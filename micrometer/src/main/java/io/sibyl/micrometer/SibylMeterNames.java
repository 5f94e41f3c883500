package io.sibyl.micrometer;

/** The names of the meters and observations this module reports, and of their tags. */
public final class SibylMeterNames {
  private SibylMeterNames() {}

  /** Observation (and timer) of each request: tags {@code outcome}, {@code kind}. */
  public static final String REQUESTS = "sibyl.requests";

  /** Counter of retries decided by the retry policy. */
  public static final String RETRIES = "sibyl.request.retries";

  /** Counter of speculative executions started. */
  public static final String SPECULATIVE = "sibyl.request.speculative";

  /** Counter of requests that got no answer within their timeout (DriverTimeoutException). */
  public static final String TIMEOUTS = "sibyl.request.timeouts";

  /** Counter of requests per coordinator node: tag {@code node}. */
  public static final String NODE_REQUESTS = "sibyl.node.requests";

  /** Counter of failed attempts per node: tag {@code node}. */
  public static final String NODE_ERRORS = "sibyl.node.errors";

  /** Gauge of the requests in flight on a node: tag {@code node}. */
  public static final String NODE_IN_FLIGHT = "sibyl.node.in-flight";

  /** Gauge of the connections open to a node: tag {@code node}. */
  public static final String NODE_CONNECTIONS = "sibyl.node.connections";

  /** Gauge, 1 while a node is up, else 0: tag {@code node}. */
  public static final String NODE_UP = "sibyl.node.up";

  /** Gauge of the requests waiting in the session's throttle queue. */
  public static final String THROTTLE_QUEUED = "sibyl.throttle.queued";

  /** Observation (and timer) of repository calls: tags {@code repository, method, outcome}. */
  public static final String REPOSITORY_CALLS = "sibyl.repository.calls";

  /** Tag: {@code success}, or the simple class name of the error. */
  public static final String OUTCOME = "outcome";

  /** Tag: {@code simple}, {@code prepared} or {@code batch}. */
  public static final String KIND = "kind";

  /** Tag: the node's address as {@code host:port}. */
  public static final String NODE = "node";

  /** Span attribute: the CQL text (never the bound values). */
  public static final String STATEMENT = "db.statement";

  /** Span attribute: the keyspace. */
  public static final String NAMESPACE = "db.namespace";

  /** Span attribute: the consistency level the statement asked for, or {@code default}. */
  public static final String CONSISTENCY = "db.cassandra.consistency_level";

  /** Observation event of a retry. */
  public static final String RETRY_EVENT = "sibyl.retry";

  /** Observation event of a speculative execution. */
  public static final String SPECULATIVE_EVENT = "sibyl.speculative-execution";

  /** Outcome of a successful request or call. */
  public static final String SUCCESS = "success";
}
