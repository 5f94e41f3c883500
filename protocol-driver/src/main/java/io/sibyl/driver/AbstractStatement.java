package io.sibyl.driver;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;

/** Holds the options of a statement and implements the {@code with*} methods over them. */
abstract class AbstractStatement<S extends Statement<S>> {
  final StatementOptions options;

  AbstractStatement(StatementOptions options) {
    this.options = options;
  }

  /** Returns a statement of the same kind and content with other options. */
  abstract S copy(StatementOptions newOptions);

  public Consistency consistency() {
    return options.consistency;
  }

  public Consistency serialConsistency() {
    return options.serialConsistency;
  }

  public int pageSize() {
    return options.pageSize;
  }

  public Duration timeout() {
    return options.timeout;
  }

  public long timestamp() {
    return options.timestamp;
  }

  public Boolean idempotent() {
    return options.idempotent;
  }

  public boolean lwt() {
    return options.lwt;
  }

  public ByteBuffer pagingState() {
    ByteBuffer state = options.pagingState;
    return state == null ? null : state.duplicate();
  }

  public PagingToken pagingToken() {
    return options.pagingToken;
  }

  public boolean tracing() {
    return options.tracing;
  }

  public String keyspace() {
    return options.keyspace;
  }

  public int nowInSeconds() {
    return options.nowInSeconds;
  }

  public Map<String, ByteBuffer> customPayload() {
    return options.customPayload;
  }

  public String executionProfile() {
    return options.executionProfile;
  }

  public S withExecutionProfile(String profileName) {
    return copy(options.with(o -> o.executionProfile = profileName));
  }

  public S withConsistency(Consistency consistency) {
    return copy(options.with(o -> o.consistency = consistency));
  }

  public S withSerialConsistency(Consistency serialConsistency) {
    return copy(options.with(o -> o.serialConsistency = checkSerial(serialConsistency)));
  }

  public S withPageSize(int pageSize) {
    return copy(options.with(o -> o.pageSize = checkPageSize(pageSize)));
  }

  public S withTimeout(Duration timeout) {
    return copy(options.with(o -> o.timeout = checkTimeout(timeout)));
  }

  public S withTimestamp(long timestampMicros) {
    return copy(options.with(o -> o.timestamp = timestampMicros));
  }

  public S withIdempotent(boolean idempotent) {
    return copy(options.with(o -> o.idempotent = idempotent));
  }

  public S withLwt(boolean lwt) {
    return copy(options.with(o -> o.lwt = lwt));
  }

  public Comparable<?> routingToken() {
    return options.routingToken;
  }

  public S withRoutingToken(Comparable<?> token) {
    return copy(options.with(o -> o.routingToken = token));
  }

  public S withPagingState(ByteBuffer pagingState) {
    return copy(
        options.with(
            o -> {
              o.pagingState = readOnly(pagingState);
              o.pagingToken = null;
            }));
  }

  public S withPagingToken(PagingToken pagingToken) {
    return copy(
        options.with(
            o -> {
              o.pagingToken = pagingToken;
              o.pagingState = null;
            }));
  }

  public S withTracing(boolean tracing) {
    return copy(options.with(o -> o.tracing = tracing));
  }

  public S withKeyspace(String keyspace) {
    return copy(options.with(o -> o.keyspace = keyspace));
  }

  public S withNowInSeconds(int nowInSeconds) {
    return copy(options.with(o -> o.nowInSeconds = nowInSeconds));
  }

  public S withCustomPayload(Map<String, ByteBuffer> customPayload) {
    return copy(options.with(o -> o.customPayload = Map.copyOf(customPayload)));
  }

  private static Consistency checkSerial(Consistency value) {
    if (value != null && !value.isSerial()) {
      throw new IllegalArgumentException(
          "Serial consistency must be SERIAL or LOCAL_SERIAL, got " + value);
    }
    return value;
  }

  private static int checkPageSize(int value) {
    if (value < 0) {
      throw new IllegalArgumentException("Page size must be positive (or 0 for the default)");
    }
    return value;
  }

  private static Duration checkTimeout(Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw new IllegalArgumentException("Request timeout must be positive, got " + value);
    }
    return value;
  }

  private static ByteBuffer readOnly(ByteBuffer value) {
    return value == null ? null : value.asReadOnlyBuffer();
  }
}
