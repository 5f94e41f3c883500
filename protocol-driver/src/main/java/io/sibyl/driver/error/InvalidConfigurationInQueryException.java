package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/** A DDL statement asked for an invalid configuration, such as unknown table options (0x2300). */
public class InvalidConfigurationInQueryException extends InvalidQueryException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception for an error sent by {@code node}. */
  public InvalidConfigurationInQueryException(InetSocketAddress node, String message) {
    super(node, message);
  }
}
