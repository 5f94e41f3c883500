package io.sibyl.driver.error;

import io.sibyl.driver.Consistency;
import java.net.InetSocketAddress;

/**
 * The coordinator knew before trying that too few replicas were alive for the consistency level
 * (0x1000). Nothing was written.
 */
public class UnavailableException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  private final Consistency consistency;
  private final int required;
  private final int alive;

  /** Creates the exception with the fields sent by the server. */
  public UnavailableException(
      InetSocketAddress node, String message, Consistency consistency, int required, int alive) {
    super(node, message);
    this.consistency = consistency;
    this.required = required;
    this.alive = alive;
  }

  /** The consistency level of the request. */
  public Consistency consistency() {
    return consistency;
  }

  /** How many replicas the consistency level needed. */
  public int required() {
    return required;
  }

  /** How many replicas were known to be alive. */
  public int alive() {
    return alive;
  }
}
