package io.sibyl.mapper;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.PagingToken;
import io.sibyl.driver.Statement;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Per-call options for a repository method that takes a {@code QueryOptions} as its last parameter.
 * Immutable: each {@code with*} method returns a copy. Options left unset keep the statement's (and
 * so the session's) defaults.
 *
 * <pre>{@code
 * users.findById(id, QueryOptions.none().withConsistency(Consistency.LOCAL_QUORUM));
 * users.save(user, QueryOptions.none().withTtl(3600));
 * }</pre>
 */
public final class QueryOptions implements Cloneable {

  private static final QueryOptions NONE = new QueryOptions();

  // Assigned only in with(), on a fresh copy, before the copy is published.
  private Consistency consistency;
  private Consistency serialConsistency;
  private Duration timeout;
  private Integer ttl;
  private Long timestamp;
  private int pageSize;
  private ByteBuffer pagingState;
  private PagingToken pagingToken;
  private String executionProfile;
  private Comparable<?> routingToken;

  private QueryOptions() {}

  /** A copy with {@code change} applied to it. */
  private QueryOptions with(Consumer<QueryOptions> change) {
    QueryOptions copy;
    try {
      copy = (QueryOptions) clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
    change.accept(copy);
    return copy;
  }

  /** No option set. */
  public static QueryOptions none() {
    return NONE;
  }

  /** A copy with the given consistency level. */
  public QueryOptions withConsistency(Consistency consistency) {
    return with(o -> o.consistency = consistency);
  }

  /** A copy with the given serial consistency level, for conditional writes. */
  public QueryOptions withSerialConsistency(Consistency serialConsistency) {
    return with(o -> o.serialConsistency = serialConsistency);
  }

  /** A copy with the given request timeout. */
  public QueryOptions withTimeout(Duration timeout) {
    return with(o -> o.timeout = timeout);
  }

  /**
   * A copy with the given time to live in seconds, used by inserts and updates (0 means none).
   *
   * @throws IllegalArgumentException if negative
   */
  public QueryOptions withTtl(int ttlSeconds) {
    if (ttlSeconds < 0) {
      throw new IllegalArgumentException("A TTL cannot be negative, got " + ttlSeconds);
    }
    return with(o -> o.ttl = ttlSeconds);
  }

  /** A copy with the given write timestamp, in microseconds since the epoch. */
  public QueryOptions withTimestamp(long timestampMicros) {
    return with(o -> o.timestamp = timestampMicros);
  }

  /** A copy with the given number of rows per page (0 for the session's default). */
  public QueryOptions withPageSize(int pageSize) {
    if (pageSize < 0) {
      throw new IllegalArgumentException("A page size cannot be negative, got " + pageSize);
    }
    return with(o -> o.pageSize = pageSize);
  }

  /**
   * A copy that resumes a select from the paging state of an earlier page (null to start); clears a
   * paging token.
   */
  public QueryOptions withPagingState(ByteBuffer pagingState) {
    return with(
        o -> {
          o.pagingState = pagingState;
          o.pagingToken = null;
        });
  }

  /**
   * A copy that resumes a select from the paging token of an earlier page (null to start); clears a
   * paging state. The session refuses a token issued for another query or other values, or altered,
   * with an {@link io.sibyl.driver.error.InvalidPagingTokenException}.
   */
  public QueryOptions withPagingToken(PagingToken pagingToken) {
    return with(
        o -> {
          o.pagingToken = pagingToken;
          o.pagingState = null;
        });
  }

  /**
   * A copy that takes the options it leaves unset from the session's execution profile of this name
   * (null for none). An unknown name fails when the statement executes.
   */
  public QueryOptions withExecutionProfile(String profileName) {
    return with(o -> o.executionProfile = profileName);
  }

  /**
   * A copy routed to the replicas of the token range holding {@code token} (null for the usual
   * routing), for a select of a token range; see {@link Statement#withRoutingToken}.
   */
  public QueryOptions withRoutingToken(Comparable<?> token) {
    return with(o -> o.routingToken = token);
  }

  /** The consistency level, or null. */
  public Consistency consistency() {
    return consistency;
  }

  /** The serial consistency level, or null. */
  public Consistency serialConsistency() {
    return serialConsistency;
  }

  /** The timeout, or null. */
  public Duration timeout() {
    return timeout;
  }

  /** The time to live in seconds, or null when unset. */
  public Integer ttl() {
    return ttl;
  }

  /** The write timestamp in microseconds, or null when unset. */
  public Long timestamp() {
    return timestamp;
  }

  /** The page size, or 0 when unset. */
  public int pageSize() {
    return pageSize;
  }

  /** The paging state, or null. */
  public ByteBuffer pagingState() {
    return pagingState;
  }

  /** The paging token, or null. */
  public PagingToken pagingToken() {
    return pagingToken;
  }

  /** The name of the execution profile, or null. */
  public String executionProfile() {
    return executionProfile;
  }

  /** The routing token, or null. */
  public Comparable<?> routingToken() {
    return routingToken;
  }

  /**
   * The statement with these options applied (all but the TTL, which generated code binds to the
   * statement's {@code USING TTL} marker).
   */
  public <S extends Statement<S>> S applyTo(S statement) {
    S result = Objects.requireNonNull(statement, "statement");
    if (consistency != null) {
      result = result.withConsistency(consistency);
    }
    if (serialConsistency != null) {
      result = result.withSerialConsistency(serialConsistency);
    }
    if (timeout != null) {
      result = result.withTimeout(timeout);
    }
    if (timestamp != null) {
      result = result.withTimestamp(timestamp);
    }
    if (pageSize > 0) {
      result = result.withPageSize(pageSize);
    }
    if (pagingState != null) {
      result = result.withPagingState(pagingState);
    }
    if (pagingToken != null) {
      result = result.withPagingToken(pagingToken);
    }
    if (executionProfile != null) {
      result = result.withExecutionProfile(executionProfile);
    }
    if (routingToken != null) {
      result = result.withRoutingToken(routingToken);
    }
    return result;
  }

  @Override
  public String toString() {
    return "QueryOptions[consistency="
        + consistency
        + ", serialConsistency="
        + serialConsistency
        + ", timeout="
        + timeout
        + ", ttl="
        + ttl
        + ", timestamp="
        + timestamp
        + ", pageSize="
        + pageSize
        + ", pagingState="
        + (pagingState == null ? "none" : "set")
        + ", pagingToken="
        + (pagingToken == null ? "none" : "set")
        + ", executionProfile="
        + executionProfile
        + ", routingToken="
        + routingToken
        + "]";
  }
}
