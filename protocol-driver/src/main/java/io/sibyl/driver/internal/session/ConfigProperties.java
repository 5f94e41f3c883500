package io.sibyl.driver.internal.session;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.Transport;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Applies configuration given as text ({@code sibyl.*} keys from a properties file, system
 * properties, or {@code SIBYL_*} environment variables) to a {@link SessionBuilder}, through its
 * public setters only. Unknown {@code sibyl.} keys are refused, so a typo does not silently leave a
 * default in place.
 */
public final class ConfigProperties {
  /** The prefix of every key. */
  public static final String PREFIX = "sibyl.";

  private static final Map<String, BiConsumer<SessionBuilder, String>> SETTERS =
      new LinkedHashMap<>();
  // Environment names that do not follow the mechanical SIBYL_X_Y -> sibyl.x-y rule.
  private static final Map<String, String> ENV_ALIASES =
      Map.of("SIBYL_LOCAL_DC", "local-datacenter");

  static {
    SETTERS.put("contact-points", (b, v) -> b.contactPoints(list(v)));
    SETTERS.put("local-datacenter", SessionBuilder::localDatacenter);
    SETTERS.put("keyspace", SessionBuilder::keyspace);
    SETTERS.put("protocol-version", (b, v) -> b.protocolVersion(protocolVersion(v)));
    SETTERS.put("compression", (b, v) -> b.compression(compression(v)));
    SETTERS.put("connect-timeout", (b, v) -> b.connectTimeout(duration("connect-timeout", v)));
    SETTERS.put("request-timeout", (b, v) -> b.requestTimeout(duration("request-timeout", v)));
    SETTERS.put("attempt-timeout", (b, v) -> b.attemptTimeout(duration("attempt-timeout", v)));
    SETTERS.put(
        "schema-agreement-timeout",
        (b, v) -> b.schemaAgreementTimeout(duration("schema-agreement-timeout", v)));
    SETTERS.put(
        "heartbeat-interval", (b, v) -> b.heartbeatInterval(duration("heartbeat-interval", v)));
    SETTERS.put("consistency", (b, v) -> b.consistency(consistency("consistency", v)));
    SETTERS.put(
        "serial-consistency", (b, v) -> b.serialConsistency(consistency("serial-consistency", v)));
    SETTERS.put("page-size", (b, v) -> b.pageSize(integer("page-size", v)));
    SETTERS.put("idempotent", (b, v) -> b.idempotent(bool("idempotent", v)));
    SETTERS.put(
        "connections-per-node", (b, v) -> b.connectionsPerNode(integer("connections-per-node", v)));
    SETTERS.put(
        "remote-connections-per-node",
        (b, v) -> b.remoteConnectionsPerNode(integer("remote-connections-per-node", v)));
    SETTERS.put(
        "max-requests-per-connection",
        (b, v) -> b.maxRequestsPerConnection(integer("max-requests-per-connection", v)));
    SETTERS.put(
        "prepare-on-all-nodes", (b, v) -> b.prepareOnAllNodes(bool("prepare-on-all-nodes", v)));
    SETTERS.put(
        "log-server-warnings", (b, v) -> b.logServerWarnings(bool("log-server-warnings", v)));
    SETTERS.put(
        "hostname-verification",
        (b, v) -> b.hostnameVerification(bool("hostname-verification", v)));
    SETTERS.put("paging-token-key", (b, v) -> b.pagingTokenKey(base64Key(v)));
    SETTERS.put("transport", (b, v) -> b.transport(transport(v)));
  }

  private static final Set<String> CREDENTIAL_KEYS = Set.of("username", "password");
  private static final Set<String> THROTTLE_KEYS =
      Set.of("max-concurrent-requests", "max-queued-requests");

  private ConfigProperties() {}

  /** Every key this class understands, with the prefix, sorted. */
  public static Set<String> knownKeys() {
    Set<String> keys = new TreeSet<>();
    for (String key : SETTERS.keySet()) {
      keys.add(PREFIX + key);
    }
    for (String key : CREDENTIAL_KEYS) {
      keys.add(PREFIX + key);
    }
    for (String key : THROTTLE_KEYS) {
      keys.add(PREFIX + key);
    }
    return keys;
  }

  /**
   * The {@code sibyl.*} entries of the environment: {@code SIBYL_REQUEST_TIMEOUT} becomes {@code
   * sibyl.request-timeout} ({@code SIBYL_LOCAL_DC} is also accepted for {@code
   * sibyl.local-datacenter}). Names that are not configuration keys (for instance {@code
   * SIBYL_BACKEND}, read by the test support) are left out.
   */
  public static Map<String, String> fromEnvironment(Map<String, String> environment) {
    Map<String, String> config = new LinkedHashMap<>();
    Set<String> known = knownKeys();
    environment.forEach(
        (name, value) -> {
          if (!name.startsWith("SIBYL_")) {
            return;
          }
          String key =
              PREFIX
                  + ENV_ALIASES.getOrDefault(
                      name, name.substring(6).toLowerCase(Locale.ROOT).replace('_', '-'));
          if (known.contains(key)) {
            config.put(key, value);
          }
        });
    return config;
  }

  /** The {@code sibyl.*} entries of the given system properties. */
  public static Map<String, String> fromSystemProperties(Map<Object, Object> properties) {
    Map<String, String> config = new LinkedHashMap<>();
    Set<String> known = knownKeys();
    properties.forEach(
        (key, value) -> {
          // Other sibyl.* system properties belong to other components (tests, the embedded node).
          if (key instanceof String name && known.contains(name)) {
            config.put(name, String.valueOf(value));
          }
        });
    return config;
  }

  /**
   * Applies every {@code sibyl.*} entry of {@code config} to {@code builder}; other keys are
   * ignored.
   *
   * @param source where the entries come from, named in error messages (a file, "environment")
   * @throws IllegalArgumentException for an unknown {@code sibyl.} key or a value that does not
   *     parse, naming the key, the source and the accepted form
   */
  public static void apply(SessionBuilder builder, Map<String, String> config, String source) {
    String username = null;
    String password = null;
    Integer maxConcurrent = null;
    Integer maxQueued = null;
    for (Map.Entry<String, String> entry : config.entrySet()) {
      String fullKey = entry.getKey();
      if (!fullKey.startsWith(PREFIX)) {
        continue;
      }
      String key = fullKey.substring(PREFIX.length());
      String value = entry.getValue() == null ? "" : entry.getValue().trim();
      BiConsumer<SessionBuilder, String> setter = SETTERS.get(key);
      try {
        if (setter != null) {
          setter.accept(builder, value);
        } else if (key.equals("username")) {
          username = value;
        } else if (key.equals("password")) {
          password = entry.getValue();
        } else if (key.equals("max-concurrent-requests")) {
          maxConcurrent = integer(key, value);
        } else if (key.equals("max-queued-requests")) {
          maxQueued = integer(key, value);
        } else {
          throw new IllegalArgumentException(
              "Unknown configuration key "
                  + fullKey
                  + " in "
                  + source
                  + "; the known keys are "
                  + knownKeys());
        }
      } catch (IllegalArgumentException e) {
        if (e.getMessage() != null && e.getMessage().startsWith("Unknown configuration key")) {
          throw e;
        }
        // Never echo the value: it may be a secret.
        throw new IllegalArgumentException(
            "Bad value for " + fullKey + " in " + source + ": " + e.getMessage(), e);
      }
    }
    if ((username == null) != (password == null)) {
      throw new IllegalArgumentException(
          "Configuration in "
              + source
              + " sets only one of sibyl.username and sibyl.password; set both, or neither");
    }
    if (username != null) {
      builder.credentials(username, password);
    }
    if (maxConcurrent != null || maxQueued != null) {
      builder.throttle(
          maxConcurrent != null ? maxConcurrent : SessionBuilder.DEFAULT_MAX_CONCURRENT_REQUESTS,
          maxQueued != null ? maxQueued : SessionBuilder.DEFAULT_MAX_QUEUED_REQUESTS);
    }
  }

  /** Decodes a Base64 key without echoing any of it in an error. */
  private static byte[] base64Key(String value) {
    try {
      return java.util.Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected the key in Base64 (e.g. 32 random bytes)");
    }
  }

  private static String[] list(String value) {
    String[] parts = value.split("\\s*,\\s*");
    if (value.isEmpty() || parts.length == 0) {
      throw new IllegalArgumentException("expected host[:port] entries separated by commas");
    }
    return parts;
  }

  private static ProtocolVersion protocolVersion(String value) {
    String upper = value.toUpperCase(Locale.ROOT);
    for (ProtocolVersion version : ProtocolVersion.values()) {
      if (version.name().equals(upper) || version.name().equals("V" + upper)) {
        return version;
      }
    }
    throw new IllegalArgumentException("expected v4 or v5");
  }

  private static boolean compression(String value) {
    switch (value.toLowerCase(Locale.ROOT)) {
      case "lz4":
      case "true":
        return true;
      case "none":
      case "false":
        return false;
      default:
        throw new IllegalArgumentException("expected lz4 or none");
    }
  }

  private static Transport transport(String value) {
    try {
      return Transport.valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected auto, nio or epoll");
    }
  }

  private static Consistency consistency(String key, String value) {
    try {
      return Consistency.valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("expected a consistency level such as LOCAL_QUORUM");
    }
  }

  private static int integer(String key, String value) {
    try {
      return Integer.parseInt(value.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected an integer");
    }
  }

  private static boolean bool(String key, String value) {
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    if (value.equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException("expected true or false");
  }

  /**
   * Parses a duration: a number with a unit ({@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}) or
   * ISO-8601 ({@code PT5S}).
   */
  static Duration duration(String key, String value) {
    String text = value.trim().toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("pt") || text.startsWith("p")) {
        return Duration.parse(text.toUpperCase(Locale.ROOT));
      }
      int unitStart = 0;
      while (unitStart < text.length() && Character.isDigit(text.charAt(unitStart))) {
        unitStart++;
      }
      if (unitStart == 0) {
        throw new IllegalArgumentException("expected a duration such as 500ms, 5s, 2m or PT5S");
      }
      long amount = Long.parseLong(text.substring(0, unitStart));
      switch (text.substring(unitStart).trim()) {
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
          return Duration.ofSeconds(amount);
        case "m":
          return Duration.ofMinutes(amount);
        case "h":
          return Duration.ofHours(amount);
        default:
          throw new IllegalArgumentException(
              "expected a duration with a unit (ms, s, m, h) such as 500ms, 5s, 2m or PT5S");
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("expected a duration such as 500ms, 5s, 2m or PT5S");
    }
  }
}
