package io.sibyl.it.support;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulated node answers to a query: rows, an error with its fields, a delay, or a closed
 * connection. Immutable; each factory method names the query text it matches (any consistency level
 * unless {@link #atConsistency} narrows it).
 *
 * <pre>{@code
 * simulacron.prime(0, SimulacronPrime.readTimeout(QUERY, "LOCAL_QUORUM", 2, 2, false));
 * simulacron.prime(1, SimulacronPrime.rows(QUERY, "k", "int", 1).delayedBy(Duration.ofSeconds(2)));
 * }</pre>
 */
public final class SimulacronPrime {
  private final Map<String, Object> when;
  private final Map<String, Object> then;

  private SimulacronPrime(Map<String, Object> when, Map<String, Object> then) {
    this.when = when;
    this.then = then;
  }

  private static SimulacronPrime of(String query, String result, Object... fields) {
    Map<String, Object> when = new LinkedHashMap<>();
    when.put("query", query);
    Map<String, Object> then = new LinkedHashMap<>();
    then.put("result", result);
    then.put("delay_in_ms", 0);
    for (int i = 0; i < fields.length; i += 2) {
      then.put((String) fields[i], fields[i + 1]);
    }
    return new SimulacronPrime(when, then);
  }

  /** One column of rows: {@code column} of CQL type {@code type}, one row per value. */
  public static SimulacronPrime rows(String query, String column, String type, Object... values) {
    List<Map<String, Object>> rows =
        Arrays.stream(values).map(value -> Map.of(column, value)).toList();
    return of(query, "success", "rows", rows, "column_types", Map.of(column, type));
  }

  /** A success without rows. */
  public static SimulacronPrime noRows(String query) {
    return of(query, "success", "rows", List.of(), "column_types", Map.of());
  }

  /** A READ_TIMEOUT error. */
  public static SimulacronPrime readTimeout(
      String query, String consistency, int received, int blockFor, boolean dataPresent) {
    return of(
        query,
        "read_timeout",
        "consistency_level",
        consistency,
        "received",
        received,
        "block_for",
        blockFor,
        "data_present",
        dataPresent);
  }

  /** A WRITE_TIMEOUT error; {@code writeType} is e.g. SIMPLE, BATCH_LOG, CAS. */
  public static SimulacronPrime writeTimeout(
      String query, String consistency, int received, int blockFor, String writeType) {
    return of(
        query,
        "write_timeout",
        "consistency_level",
        consistency,
        "received",
        received,
        "block_for",
        blockFor,
        "write_type",
        writeType);
  }

  /** An UNAVAILABLE error. */
  public static SimulacronPrime unavailable(
      String query, String consistency, int required, int alive) {
    return of(
        query,
        "unavailable",
        "consistency_level",
        consistency,
        "required",
        required,
        "alive",
        alive);
  }

  /** A READ_FAILURE error; each failed replica is reported with reason UNKNOWN. */
  public static SimulacronPrime readFailure(
      String query,
      String consistency,
      int received,
      int blockFor,
      boolean dataPresent,
      String... failedReplicas) {
    return of(
        query,
        "read_failure",
        "consistency_level",
        consistency,
        "received",
        received,
        "block_for",
        blockFor,
        "data_present",
        dataPresent,
        "failure_reasons",
        failureReasons(failedReplicas));
  }

  /** A WRITE_FAILURE error; each failed replica is reported with reason UNKNOWN. */
  public static SimulacronPrime writeFailure(
      String query,
      String consistency,
      int received,
      int blockFor,
      String writeType,
      String... failedReplicas) {
    return of(
        query,
        "write_failure",
        "consistency_level",
        consistency,
        "received",
        received,
        "block_for",
        blockFor,
        "write_type",
        writeType,
        "failure_reasons",
        failureReasons(failedReplicas));
  }

  /** A FUNCTION_FAILURE error. */
  public static SimulacronPrime functionFailure(
      String query, String keyspace, String function, List<String> argTypes, String detail) {
    return of(
        query,
        "function_failure",
        "keyspace",
        keyspace,
        "function",
        function,
        "arg_types",
        argTypes,
        "detail",
        detail);
  }

  /** An ALREADY_EXISTS error for {@code keyspace} (and {@code table}, unless empty). */
  public static SimulacronPrime alreadyExists(
      String query, String message, String keyspace, String table) {
    return of(query, "already_exists", "message", message, "keyspace", keyspace, "table", table);
  }

  /**
   * An error that carries only a message: {@code result} is one of Simulacron's result names, e.g.
   * {@code overloaded}, {@code server_error}, {@code truncate_error}, {@code syntax_error}, {@code
   * invalid}, {@code config_error}, {@code unauthorized}, {@code protocol_error}, {@code
   * authentication_error}, {@code is_bootstrapping}.
   */
  public static SimulacronPrime error(String query, String result, String message) {
    return of(query, result, "message", message);
  }

  /** The node closes the connection the query came on, without answering. */
  public static SimulacronPrime closeConnection(String query) {
    return of(query, "close_connection", "close_type", "disconnect", "scope", "connection");
  }

  /** The same prime, answered only after {@code delay}. */
  public SimulacronPrime delayedBy(Duration delay) {
    Map<String, Object> delayed = new LinkedHashMap<>(then);
    delayed.put("delay_in_ms", delay.toMillis());
    return new SimulacronPrime(when, delayed);
  }

  /** The same prime, matching only requests at one of {@code levels} (e.g. "QUORUM"). */
  public SimulacronPrime atConsistency(String... levels) {
    Map<String, Object> narrowed = new LinkedHashMap<>(when);
    narrowed.put("consistency_level", List.of(levels));
    return new SimulacronPrime(narrowed, then);
  }

  /** The JSON body of {@code POST /prime/...}. */
  String toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("when", when);
    body.put("then", then);
    return SimulacronJson.write(body);
  }

  private static Map<String, Object> failureReasons(String... failedReplicas) {
    Map<String, Object> reasons = new LinkedHashMap<>();
    for (String replica : failedReplicas) {
      reasons.put(replica, "UNKNOWN");
    }
    return reasons;
  }

  @Override
  public String toString() {
    return toJson();
  }
}
