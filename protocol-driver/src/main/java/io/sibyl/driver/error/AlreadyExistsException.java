package io.sibyl.driver.error;

import java.net.InetSocketAddress;

/**
 * A CREATE statement named a keyspace or table that exists already (0x2400). Use {@code IF NOT
 * EXISTS} when that is expected.
 */
public class AlreadyExistsException extends InvalidConfigurationInQueryException {
  private static final long serialVersionUID = 1L;

  private final String keyspace;
  private final String table;

  /** Creates the exception; {@code table} is empty when the keyspace itself exists. */
  public AlreadyExistsException(
      InetSocketAddress node, String message, String keyspace, String table) {
    super(node, message);
    this.keyspace = keyspace;
    this.table = table;
  }

  /** The keyspace that exists, or that holds the table that exists. */
  public String keyspace() {
    return keyspace;
  }

  /** The table that exists, or an empty string when the keyspace itself was being created. */
  public String table() {
    return table;
  }
}
