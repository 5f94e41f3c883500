package io.sibyl.it.support;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Session;
import io.sibyl.driver.SessionBuilder;
import io.sibyl.driver.policy.ConstantReconnectionPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A simulated cluster of one data center for one test class, on the JVM's shared {@link
 * SimulacronServer}. Register it as a static extension; it provisions the cluster before the class,
 * deletes it after, and clears the primes and the activity log before each test:
 *
 * <pre>{@code
 * @RegisterExtension static final SimulacronCluster SIMULACRON = SimulacronCluster.withNodes(3);
 * }</pre>
 *
 * <p>Nodes are numbered from 0 in address order (node 0 is 127.0.10.1). Simulacron answers the
 * driver's discovery queries itself and speaks protocol v4, which {@link #sessionBuilder()} forces.
 */
public final class SimulacronCluster
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {
  private static final Comparator<SimulacronQuery> BY_ARRIVAL =
      Comparator.comparingLong(SimulacronQuery::receivedMillis);

  private final int nodeCount;
  private SimulacronServer server;
  private String name;
  private List<InetSocketAddress> nodes = List.of();

  private SimulacronCluster(int nodeCount) {
    this.nodeCount = nodeCount;
  }

  /** A cluster of {@code count} nodes in one data center. */
  public static SimulacronCluster withNodes(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("A cluster needs at least one node");
    }
    return new SimulacronCluster(count);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    server = SimulacronServer.get(context);
    name = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT);
    @SuppressWarnings("unchecked")
    Map<String, Object> cluster =
        (Map<String, Object>)
            SimulacronJson.parse(
                server.call("POST", "/cluster?data_centers=" + nodeCount + "&name=" + name, null));
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (Map<String, Object> dataCenter : SimulacronJson.objects(cluster, "data_centers")) {
      for (Map<String, Object> node : SimulacronJson.objects(dataCenter, "nodes")) {
        addresses.add(parseAddress((String) node.get("address")));
      }
    }
    nodes = List.copyOf(addresses);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (server != null && name != null) {
      server.call("DELETE", "/cluster/" + name, null);
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    clearPrimes();
    clearLog();
  }

  /** The nodes' native protocol addresses, node 0 first. */
  public List<InetSocketAddress> nodes() {
    return nodes;
  }

  /** The native protocol address of node {@code index}. */
  public InetSocketAddress node(int index) {
    return nodes.get(index);
  }

  /**
   * A session builder for this cluster: node 0 as contact point, protocol v4, {@link
   * SimulacronNodeOrder} (plans in node order), reconnection every 200 ms, 1 s connect timeout and
   * 5 s request timeout. Tests override what they exercise.
   */
  public SessionBuilder sessionBuilder() {
    return Session.builder()
        .addContactPoint(node(0))
        .protocolVersion(ProtocolVersion.V4)
        .loadBalancingPolicy(new SimulacronNodeOrder())
        .reconnectionPolicy(new ConstantReconnectionPolicy(Duration.ofMillis(200)))
        .connectTimeout(Duration.ofSeconds(1))
        .requestTimeout(Duration.ofSeconds(5));
  }

  /** Primes every node. */
  public void prime(SimulacronPrime prime) {
    server.call("POST", "/prime/" + name, prime.toJson());
  }

  /** Primes node {@code index} only. */
  public void prime(int index, SimulacronPrime prime) {
    server.call("POST", nodePath("/prime/", index), prime.toJson());
  }

  /** Forgets every prime: unprimed queries succeed with no rows. */
  public void clearPrimes() {
    server.call("DELETE", "/prime/" + name, null);
  }

  /** Empties the activity log. */
  public void clearLog() {
    server.call("DELETE", "/log/" + name, null);
  }

  /** Every request with the CQL text {@code query} that any node received, in arrival order. */
  public List<SimulacronQuery> queries(String query) {
    @SuppressWarnings("unchecked")
    Map<String, Object> report =
        (Map<String, Object>) SimulacronJson.parse(server.call("GET", "/log/" + name, null));
    List<SimulacronQuery> found = new ArrayList<>();
    for (Map<String, Object> dataCenter : SimulacronJson.objects(report, "data_centers")) {
      for (Map<String, Object> node : SimulacronJson.objects(dataCenter, "nodes")) {
        InetSocketAddress address = nodes.get(((Number) node.get("id")).intValue());
        for (Map<String, Object> entry : SimulacronJson.objects(node, "queries")) {
          if (query.equals(entry.get("query"))) {
            found.add(
                new SimulacronQuery(
                    address,
                    query,
                    (String) entry.get("type"),
                    (String) entry.get("consistency_level"),
                    ((Number) entry.get("received_timestamp")).longValue()));
          }
        }
      }
    }
    found.sort(BY_ARRIVAL); // stable: within one millisecond, lower nodes first
    return found;
  }

  /** The node of each request with the CQL text {@code query}, in arrival order. */
  public List<InetSocketAddress> nodesThatReceived(String query) {
    return queries(query).stream().map(SimulacronQuery::node).toList();
  }

  /** Node {@code index} stops reading from its connections (requests and heartbeats pile up). */
  public void pauseReads(int index) {
    server.call("PUT", nodePath("/pause-reads/", index), null);
  }

  /** Node {@code index} reads from its connections again. */
  public void resumeReads(int index) {
    server.call("DELETE", nodePath("/pause-reads/", index), null);
  }

  /** Node {@code index} closes every client connection it has. */
  public void closeConnections(int index) {
    server.call("DELETE", nodePath("/connections/", index), null);
  }

  private String nodePath(String prefix, int index) {
    if (index < 0 || index >= nodes.size()) {
      throw new IllegalArgumentException(
          "No node " + index + " in a cluster of " + nodes.size() + " nodes");
    }
    return prefix + name + "/0/" + index;
  }

  private static InetSocketAddress parseAddress(String hostAndPort) {
    int colon = hostAndPort.lastIndexOf(':');
    try {
      return new InetSocketAddress(
          InetAddress.getByName(hostAndPort.substring(0, colon)),
          Integer.parseInt(hostAndPort.substring(colon + 1)));
    } catch (UnknownHostException e) {
      throw new IllegalStateException("Simulacron gave an unusable address: " + hostAndPort, e);
    }
  }

  @Override
  public String toString() {
    return "Simulacron cluster " + name + " " + nodes;
  }
}
