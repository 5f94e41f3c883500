package io.sibyl.driver.cloud;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.UUID;

/**
 * What the metadata service says about the cloud database.
 *
 * @param sniProxy the proxy that every connection goes through (unresolved: resolved when dialled)
 * @param localDatacenter the data center to prefer
 * @param hostIds the host ids of the nodes to try first; each becomes the TLS server name (SNI)
 *     sent to the proxy
 */
public record CloudContactInfo(
    InetSocketAddress sniProxy, String localDatacenter, List<UUID> hostIds) {

  /** Copies {@code hostIds}. */
  public CloudContactInfo {
    hostIds = List.copyOf(hostIds);
  }
}
