package io.sibyl.driver;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;

/**
 * A request that a {@link Session} can execute, with its per-statement options. Options left unset
 * fall back to the session's defaults.
 *
 * <p>The {@code with*} methods return a new statement and leave this one unchanged, so a statement
 * can be shared between threads and reused as a template.
 *
 * @param <S> the statement's own type, returned by the {@code with*} methods
 */
public sealed interface Statement<S extends Statement<S>>
    permits SimpleStatement, BoundStatement, BatchStatement {

  /** A {@link #timestamp()} value meaning "let the server (or the session) choose". */
  long NO_TIMESTAMP = Long.MIN_VALUE;

  /** A {@link #nowInSeconds()} value meaning "the server's clock". */
  int NO_NOW_IN_SECONDS = Integer.MIN_VALUE;

  /** The consistency level, or null for the session's default. */
  Consistency consistency();

  /** The serial consistency level for lightweight transactions, or null for the default. */
  Consistency serialConsistency();

  /** The number of rows per page, or 0 for the session's default. */
  int pageSize();

  /** How long the driver waits for this request, or null for the session's default. */
  Duration timeout();

  /** The write timestamp in microseconds since the epoch, or {@link #NO_TIMESTAMP}. */
  long timestamp();

  /**
   * Whether the statement may be applied twice without harm, which allows retries and speculative
   * executions after a write may have happened; null for the session's default (false).
   */
  Boolean idempotent();

  /**
   * Whether the statement is a lightweight transaction ({@code IF NOT EXISTS}, {@code IF EXISTS},
   * {@code IF <condition>}). A routing hint: the default load-balancing policy sends such a
   * statement to its partition's replicas in a fixed order, primary replica first, so concurrent
   * transactions on one partition meet one coordinator instead of competing through several. A
   * statement bound from a prepared one inherits the flag of the statement it was prepared from.
   */
  boolean lwt();

  /**
   * The token the statement is routed by when it has no routing key of its own, or null. See {@link
   * #withRoutingToken}.
   */
  Comparable<?> routingToken();

  /** The paging state to resume a query from, or null to start at the first page. */
  ByteBuffer pagingState();

  /**
   * The paging token to resume the query from, or null. The session checks it when the statement
   * executes (see {@link PagingToken}).
   */
  PagingToken pagingToken();

  /** Whether the server should trace the request. */
  boolean tracing();

  /** The keyspace the statement runs in (protocol v5 only), or null for the session's. */
  String keyspace();

  /** The current time, in seconds, that the server should use (protocol v5 only). */
  int nowInSeconds();

  /** The custom payload sent with the request (empty when none). */
  Map<String, ByteBuffer> customPayload();

  /** The name of the execution profile whose options fill in the unset ones, or null. */
  String executionProfile();

  /** A copy that takes its unset options from the named execution profile. */
  S withExecutionProfile(String profileName);

  /** A copy with the given consistency level. */
  S withConsistency(Consistency consistency);

  /** A copy with the given serial consistency level. */
  S withSerialConsistency(Consistency serialConsistency);

  /** A copy with the given page size (0 for the session's default). */
  S withPageSize(int pageSize);

  /** A copy with the given request timeout. */
  S withTimeout(Duration timeout);

  /** A copy with the given write timestamp, in microseconds since the epoch. */
  S withTimestamp(long timestampMicros);

  /** A copy marked idempotent or not. */
  S withIdempotent(boolean idempotent);

  /** A copy marked as a lightweight transaction or not (see {@link #lwt()}). */
  S withLwt(boolean lwt);

  /**
   * A copy routed like a statement on a partition of this token: the default load-balancing policy
   * tries the live local replicas of the token range holding {@code token} first, then the other
   * nodes. Meant for statements that read a whole token range ({@code WHERE token(pk) > ? AND
   * token(pk) <= ?}), whose partition key is not bound: give the range's end token, and when the
   * range lies within one range of the ring the coordinator is a replica of every row read. A bound
   * partition key ({@link BoundStatement#routingKey()}) takes precedence. The keyspace is the
   * statement's table's (bound statements), else {@link #keyspace()}, else the session's; with none
   * known, or on a single node, the hint is ignored.
   *
   * @param token a token of the cluster's partitioner, as {@link
   *     io.sibyl.driver.metadata.TokenMap#token} or {@link
   *     io.sibyl.driver.metadata.TokenMap#ringTokens} give it: a {@code Long} for Murmur3, a {@code
   *     BigInteger} for Random; null to clear the hint. A token of another type fails the request
   *     with an {@link IllegalArgumentException} when it executes.
   */
  S withRoutingToken(Comparable<?> token);

  /**
   * A copy that resumes from the given raw paging state (as returned by a previous page), without
   * any check; clears a paging token.
   */
  S withPagingState(ByteBuffer pagingState);

  /**
   * A copy that resumes from a paging token (as returned by {@link ResultSet#pagingToken()}), or
   * starts from the first page when null; clears a raw paging state. The executing session refuses
   * the token, with an {@link io.sibyl.driver.error.InvalidPagingTokenException} and without
   * contacting any node, unless it was issued under the session's paging-token key, for the
   * session's protocol version, and for this statement's text, keyspace and values.
   */
  S withPagingToken(PagingToken pagingToken);

  /** A copy with tracing switched on or off. */
  S withTracing(boolean tracing);

  /** A copy that runs in the given keyspace (protocol v5). */
  S withKeyspace(String keyspace);

  /** A copy that asks the server to use the given current time, in seconds (protocol v5). */
  S withNowInSeconds(int nowInSeconds);

  /** A copy with the given custom payload. */
  S withCustomPayload(Map<String, ByteBuffer> customPayload);
}
