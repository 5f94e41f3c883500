package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/**
 * Too few replicas answered in time, or successfully, for the consistency level: the errors that
 * carry how many replicas answered ({@link #received()}) out of how many were needed ({@link
 * #blockFor()}).
 */
public abstract class QueryConsistencyException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int received;
  private final int blockFor;

  /** Creates the exception with the fields sent by the server. */
  protected QueryConsistencyException(
      InetSocketAddress node, String message, Consistency consistency, int received, int blockFor) {
    super(node, message);
    this.consistency = consistency;
    this.received = received;
    this.blockFor = blockFor;
  }

  /** The consistency level of the request. */
  public Consistency consistency() {
    return consistency;
  }

  /** How many replicas answered (or acknowledged). */
  public int received() {
    return received;
  }

  /** How many answers the consistency level needed. */
  public int blockFor() {
    return blockFor;
  }
}
