package io.sibyl.micrometer;

import io.micrometer.observation.Observation;
import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;

/**
 * What an observation of one request knows: the statement, the session's keyspace, and once the
 * request ends the node that answered (or was tried last) and the error. An {@link
 * io.micrometer.observation.ObservationConvention} reads it to name the observation and tag it.
 */
public final class RequestObservationContext extends Observation.Context {
  private final Statement<?> statement;
  private final String sessionKeyspace;
  private volatile Node node;
  // The error last reported for one attempt, so that the request's final error, when it is the
  // same one, is not counted twice against the node.
  private volatile Throwable lastNodeError;
  Observation observation;

  /**
   * Creates a context.
   *
   * @param statement the request's statement
   * @param sessionKeyspace the session's keyspace, for statements that name none; may be null
   */
  public RequestObservationContext(Statement<?> statement, String sessionKeyspace) {
    this.statement = statement;
    this.sessionKeyspace = sessionKeyspace;
  }

  /** The request's statement. */
  public Statement<?> statement() {
    return statement;
  }

  /** The session's keyspace when the request started, or null. */
  public String sessionKeyspace() {
    return sessionKeyspace;
  }

  /** The node that answered, or the last one tried; null until the request ends or if none was. */
  public Node node() {
    return node;
  }

  void node(Node node) {
    this.node = node;
  }

  Throwable lastNodeError() {
    return lastNodeError;
  }

  void lastNodeError(Throwable error) {
    this.lastNodeError = error;
  }
}
