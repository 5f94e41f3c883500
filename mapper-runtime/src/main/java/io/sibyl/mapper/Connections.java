package io.sibyl.mapper;

import io.sibyl.driver.Session;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The application's named sessions, for one application that talks to several clusters or
 * keyspaces: entities name theirs with {@code @Table(connection = "reporting")}, and calls switch
 * with {@code table.using("reporting", keyspace)} or {@code mapper.repository(Type.class,
 * "reporting", keyspace)}.
 *
 * <pre>{@code
 * Connections.register("reporting", reportingSession);
 * Connections.setDefault("main");   // optional: what Connections.defaultSession() returns
 * }</pre>
 *
 * <p>The registry does not own the sessions: {@link #remove} forgets a name without closing its
 * session, and the application closes each session itself when it stops (after its mappers). A
 * {@code Mapper} looks a name up each time it creates a table's DSL or a repository, so a name
 * registered later is found then; DSL tables and repositories already created keep the session they
 * were created with, and fail once that session is closed. Thread-safe; one registry per class
 * loader.
 */
public final class Connections {

  private static final ConcurrentMap<String, Session> SESSIONS = new ConcurrentHashMap<>();
  private static volatile String defaultName;

  private Connections() {}

  /**
   * Registers a session under a name.
   *
   * @throws MapperException if the name is already registered (remove it first)
   */
  public static void register(String name, Session session) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(session, "session");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A connection name cannot be blank");
    }
    Session previous = SESSIONS.putIfAbsent(name, session);
    if (previous != null && previous != session) {
      throw new MapperException(
          "Connection '"
              + name
              + "' is already registered: call Connections.remove(\""
              + name
              + "\") first to replace it");
    }
  }

  /**
   * Makes a registered name the default one, returned by {@link #defaultSession()}.
   *
   * @throws MapperException if no session is registered under that name
   */
  public static void setDefault(String name) {
    session(name);
    defaultName = name;
  }

  /** The name of the default connection, if one was set and is still registered. */
  public static Optional<String> defaultName() {
    String name = defaultName;
    return name != null && SESSIONS.containsKey(name) ? Optional.of(name) : Optional.empty();
  }

  /**
   * The session of the default connection.
   *
   * @throws MapperException if none was set with {@link #setDefault}, or it was removed
   */
  public static Session defaultSession() {
    String name =
        defaultName()
            .orElseThrow(
                () ->
                    new MapperException(
                        "No default connection: call Connections.setDefault(name) with a"
                            + " registered name"));
    return session(name);
  }

  /**
   * The session registered under a name.
   *
   * @throws MapperException if none is, naming the registered ones
   */
  public static Session session(String name) {
    Objects.requireNonNull(name, "name");
    Session session = SESSIONS.get(name);
    if (session == null) {
      throw new MapperException(
          "No connection named '"
              + name
              + "' is registered (registered: "
              + new TreeMap<>(SESSIONS).keySet()
              + "): call Connections.register(\""
              + name
              + "\", session) at startup, before the mapper uses it");
    }
    return session;
  }

  /** Whether a session is registered under a name. */
  public static boolean isRegistered(String name) {
    return SESSIONS.containsKey(Objects.requireNonNull(name, "name"));
  }

  /**
   * Forgets a name, without closing its session (the application owns it); clears the default if it
   * was this name.
   *
   * @return the session that was registered, if any
   */
  public static Optional<Session> remove(String name) {
    Session removed = SESSIONS.remove(Objects.requireNonNull(name, "name"));
    if (name.equals(defaultName)) {
      defaultName = null;
    }
    return Optional.ofNullable(removed);
  }

  /** A snapshot of the registered names and their sessions. */
  public static Map<String, Session> registered() {
    return Map.copyOf(SESSIONS);
  }
}
