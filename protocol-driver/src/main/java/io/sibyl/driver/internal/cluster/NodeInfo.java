package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.AddressTranslator;
import io.sibyl.driver.Row;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One node as a row of {@code system.local}, {@code system.peers_v2} or {@code system.peers}
 * describes it.
 *
 * @param address where to connect to the node's native transport (translated)
 * @param advertised the native address the node advertises (its broadcast RPC address, before
 *     translation); server events name nodes by it
 * @param hostId the node's host id
 * @param datacenter its data center
 * @param rack its rack
 * @param releaseVersion its Cassandra version
 * @param tokens its tokens
 * @param schemaVersion its schema version
 */
record NodeInfo(
    InetSocketAddress address,
    InetSocketAddress advertised,
    UUID hostId,
    String datacenter,
    String rack,
    String releaseVersion,
    Set<String> tokens,
    String schemaVersion) {

  /**
   * The control node's row: it is reached at the address the control connection dialled (a contact
   * point or an already translated address), so nothing is translated. A contact point that is an
   * unresolved host id (behind a cloud SNI proxy) gives way to the advertised address.
   */
  static NodeInfo fromLocal(Row row, InetSocketAddress connectedTo) {
    InetSocketAddress advertised = connectedTo;
    if (has(row, "rpc_address") && !row.getInetAddress("rpc_address").isAnyLocalAddress()) {
      int port = has(row, "rpc_port") ? row.getInt("rpc_port") : connectedTo.getPort();
      advertised = new InetSocketAddress(row.getInetAddress("rpc_address"), port);
    }
    // Reached through a proxy by host id (cloud): known from now on by the address it advertises.
    return of(row, connectedTo.isUnresolved() ? advertised : connectedTo, advertised);
  }

  /**
   * A peer's row, its address passed through {@code translator}; null if it lacks what is needed to
   * connect (a peer still joining may have no host id or address yet).
   */
  static NodeInfo fromPeer(Row row, int defaultPort, AddressTranslator translator) {
    InetAddress address = null;
    int port = defaultPort;
    if (has(row, "native_address")) {
      address = row.getInetAddress("native_address");
      if (has(row, "native_port")) {
        port = row.getInt("native_port");
      }
    } else if (has(row, "rpc_address")) {
      address = row.getInetAddress("rpc_address");
    }
    if (address == null || address.isAnyLocalAddress()) {
      address = has(row, "peer") ? row.getInetAddress("peer") : null;
    }
    if (address == null || !has(row, "host_id")) {
      return null;
    }
    InetSocketAddress advertised = new InetSocketAddress(address, port);
    InetSocketAddress dialled =
        Objects.requireNonNull(
            translator.translate(advertised),
            () -> "The address translator returned null for " + advertised);
    return of(row, dialled, advertised);
  }

  private static NodeInfo of(Row row, InetSocketAddress address, InetSocketAddress advertised) {
    return new NodeInfo(
        address,
        advertised,
        row.getUuid("host_id"),
        has(row, "data_center") ? row.getString("data_center") : null,
        has(row, "rack") ? row.getString("rack") : null,
        has(row, "release_version") ? row.getString("release_version") : null,
        has(row, "tokens") ? Set.copyOf(row.getSet("tokens", String.class)) : Set.of(),
        has(row, "schema_version") && row.getUuid("schema_version") != null
            ? row.getUuid("schema_version").toString()
            : null);
  }

  private static boolean has(Row row, String column) {
    return row.columnDefinitions().contains(column) && !row.isNull(column);
  }
}
