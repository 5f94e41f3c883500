package io.sibyl.driver.auth;

import java.net.InetSocketAddress;

/**
 * Names the host part of a node's SASL service principal, e.g. the {@code host} in Kerberos' {@code
 * cassandra/host@REALM}. Called off the I/O threads, so it may look names up.
 */
@FunctionalInterface
public interface ServerNameResolver {

  /** The server name of {@code node}, as its service principal spells it. */
  String serverName(InetSocketAddress node);

  /**
   * The node's canonical host name from a reverse DNS lookup (falls back to the address when the
   * lookup finds no name), as Kerberos deployments usually name service principals: {@code
   * cassandra/node1.example.com@EXAMPLE.COM}.
   */
  static ServerNameResolver canonicalHostName() {
    return node -> node.getAddress().getCanonicalHostName();
  }

  /**
   * The node's address in text form, e.g. {@code 10.0.0.7}: for service principals named after
   * addresses ({@code cassandra/10.0.0.7@EXAMPLE.COM}), with no DNS lookup.
   */
  static ServerNameResolver address() {
    return node -> node.getAddress().getHostAddress();
  }

  /**
   * The host name the node's address was given with (a contact point's name), or its address in
   * text form when it has none; no DNS lookup.
   */
  static ServerNameResolver asGiven() {
    return InetSocketAddress::getHostString;
  }
}
