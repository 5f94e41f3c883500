package io.sibyl.driver;

import java.net.InetSocketAddress;

/**
 * Maps the address a node advertises (its broadcast RPC address, as {@code system.local}, {@code
 * system.peers_v2} / {@code system.peers} and the server's topology and status events give it) to
 * the address the client should dial: for nodes behind NAT, port forwarding or proxies.
 *
 * <p>Applied to every node address the driver learns from the cluster; never to the contact points,
 * which are already what the client dials. A node's identity stays its host id and its advertised
 * address; {@link io.sibyl.driver.metadata.Node#address()} is the translated address that is
 * dialled.
 *
 * <p>Called on the driver's threads, once per address per topology refresh or event: keep it quick
 * and non-blocking (no DNS lookup), and thread-safe.
 */
@FunctionalInterface
public interface AddressTranslator {
  /** The translator that dials nodes at the addresses they advertise. The default. */
  AddressTranslator IDENTITY = address -> address;

  /**
   * The address to dial for a node that advertises {@code address}.
   *
   * @param address the node's advertised native transport address and port
   * @return the address to connect to; never null (return {@code address} to keep it)
   */
  InetSocketAddress translate(InetSocketAddress address);
}
