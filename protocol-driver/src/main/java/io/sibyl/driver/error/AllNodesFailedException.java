package io.sibyl.driver.error;

import io.sibyl.driver.DriverException;
import java.net.InetSocketAddress;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every node that a request (or the session's first connection) tried failed. {@link #errors()}
 * gives each node's error; the first is also the cause.
 */
public class AllNodesFailedException extends DriverException {
  private static final long serialVersionUID = 1L;

  private final Map<InetSocketAddress, Throwable> errors;

  /** Creates the exception from the errors seen, in the order the nodes were tried. */
  public AllNodesFailedException(String message, Map<InetSocketAddress, Throwable> errors) {
    super(describe(message, errors), errors.isEmpty() ? null : errors.values().iterator().next());
    this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
    errors.values().stream().skip(1).forEach(this::addSuppressed);
  }

  /** The error of each node tried, in order. */
  public Map<InetSocketAddress, Throwable> errors() {
    return errors;
  }

  private static String describe(String message, Map<InetSocketAddress, Throwable> errors) {
    StringBuilder text = new StringBuilder(message);
    errors.forEach(
        (node, error) ->
            text.append("\n  ")
                .append(node)
                .append(": ")
                .append(error.getClass().getSimpleName())
                .append(": ")
                .append(error.getMessage()));
    return text.toString();
  }
}
