package io.sibyl.driver.error;

import java.net.InetSocketAddress;
import java.util.List;

/** A user-defined function threw while the statement ran (0x1400). */
public class FunctionFailureException extends QueryExecutionException {
  private static final long serialVersionUID = 1L;

  private final String keyspace;
  private final String function;
  private final List<String> argTypes;

  /** Creates the exception with the fields sent by the server. */
  public FunctionFailureException(
      InetSocketAddress node,
      String message,
      String keyspace,
      String function,
      List<String> argTypes) {
    super(node, message);
    this.keyspace = keyspace;
    this.function = function;
    this.argTypes = List.copyOf(argTypes);
  }

  /** The function's keyspace. */
  public String keyspace() {
    return keyspace;
  }

  /** The function's name. */
  public String function() {
    return function;
  }

  /** The CQL types of the function's arguments. */
  public List<String> argTypes() {
    return argTypes;
  }
}
