package io.sibyl.spring.boot;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.net.InetAddress;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code sibyl} health: UP while at least one node is up, with the nodes up per data center
 * ({@code "datacenter1": "1/1"}) and whether the live nodes agree on the schema; DOWN when no node
 * is up or the check's query fails. A schema disagreement (usually brief, after a change) is
 * reported in the details but does not make the health DOWN.
 */
public class SibylHealthIndicator extends AbstractHealthIndicator {

  private final Session session;

  /** The health of this session's cluster. */
  public SibylHealthIndicator(Session session) {
    super("Sibyl health check failed");
    this.session = session;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
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
    builder.withDetail("nodesUp", upPerDatacenter);
    if (upAddresses.isEmpty()) {
      builder.down().withDetail("error", "No node is up: " + nodes.size() + " known node(s)");
      return;
    }
    Set<UUID> versions = schemaVersions(upAddresses);
    builder.up().withDetail("schemaAgreement", versions.size() <= 1);
  }

  /** The schema versions of the node answering and of its peers that the driver sees up. */
  private Set<UUID> schemaVersions(Set<InetAddress> upAddresses) {
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
