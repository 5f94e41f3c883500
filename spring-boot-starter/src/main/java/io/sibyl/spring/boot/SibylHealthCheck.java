package io.sibyl.spring.boot;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the {@code sibyl} health indicator of each Spring Boot line reports, without Boot's types:
 * UP while at least one node is up, with the nodes up per data center ({@code "datacenter1":
 * "1/1"}) and whether the live nodes agree on the schema; DOWN when no node is up. A schema
 * disagreement (usually brief, after a change) is in the details but does not make it DOWN.
 *
 * @param up whether at least one node is up
 * @param details the details to show: {@code nodesUp}, then {@code schemaAgreement} or {@code
 *     error}
 */
record SibylHealthCheck(boolean up, Map<String, Object> details) {

  /** Checks {@code session}'s cluster; the schema query's failure is thrown to the caller. */
  static SibylHealthCheck of(Session session) {
    Collection<Node> nodes = session.metadata().nodes();
    Map<String, int[]> perDatacenter = new TreeMap<>();
    Set<InetAddress> upAddresses = new HashSet<>();
    for (Node node : nodes) {
      int[] counts =
          perDatacenter.computeIfAbsent(String.valueOf(node.datacenter()), dc -> new int[2]);
      counts[1]++;
      if (node.state() == NodeState.UP) {
        counts[0]++;
        upAddresses.add(node.address().getAddress());
      }
    }
    Map<String, String> upPerDatacenter = new TreeMap<>();
    perDatacenter.forEach((dc, counts) -> upPerDatacenter.put(dc, counts[0] + "/" + counts[1]));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("nodesUp", upPerDatacenter);
    if (upAddresses.isEmpty()) {
      details.put("error", "No node is up: " + nodes.size() + " known node(s)");
      return new SibylHealthCheck(false, details);
    }
    details.put("schemaAgreement", schemaVersions(session, upAddresses).size() <= 1);
    return new SibylHealthCheck(true, details);
  }

  /** The schema versions of the node answering and of its peers that the driver sees up. */
  private static Set<UUID> schemaVersions(Session session, Set<InetAddress> upAddresses) {
    Set<UUID> versions = new HashSet<>();
    for (Row row : session.execute("SELECT schema_version FROM system.local")) {
      addIfPresent(versions, row.getUuid("schema_version"));
    }
    for (Row row : session.execute("SELECT rpc_address, schema_version FROM system.peers")) {
      if (upAddresses.contains(row.getInetAddress("rpc_address"))) {
        addIfPresent(versions, row.getUuid("schema_version"));
      }
    }
    return versions;
  }

  private static void addIfPresent(Set<UUID> versions, UUID version) {
    if (version != null) {
      versions.add(version);
    }
  }
}
