package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/**
 * The statement was valid but the cluster could not run it this time (replicas down or slow, node
 * overloaded, ...). Retrying may succeed; the retry policy decides.
 */
public abstract class QueryExecutionException extends CoordinatorException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  protected QueryExecutionException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
