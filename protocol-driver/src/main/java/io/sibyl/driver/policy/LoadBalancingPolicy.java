package io.sibyl.driver.policy;

import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import java.util.Collection;
import java.util.List;

/**
 * Decides which nodes a request is sent to, and in what order (the query plan). Implement it to
 * route requests your own way; {@link DefaultLoadBalancingPolicy} is token-aware over data-center
 * aware round robin, {@link RoundRobinPolicy} ignores topology.
 *
 * <p>Called on any thread and on the request path: {@link #newQueryPlan} must be fast and must not
 * block. The node callbacks are called on a driver thread, one at a time.
 */
public interface LoadBalancingPolicy {

  /**
   * Called once, before any query plan, with the nodes known when the session connects.
   *
   * @param nodes the known nodes
   * @param localDatacenter the configured or inferred local data center, or null when unknown
   */
  void init(Collection<Node> nodes, String localDatacenter);

  /**
   * The nodes to try for a request, first choice first. Nodes that are down should be left out or
   * put last.
   *
   * @param statement the statement being executed
   * @param replicas the replicas of the statement's partition, in ring order, when the driver could
   *     compute them (a prepared statement with its partition key bound, and a known token map);
   *     empty otherwise
   */
  List<Node> newQueryPlan(Statement<?> statement, List<Node> replicas);

  /** How far {@code node} is; decides its pool size. */
  NodeDistance distance(Node node);

  /** A node joined the cluster. */
  default void onAdd(Node node) {}

  /** A node was seen up. */
  default void onUp(Node node) {}

  /** A node was seen down. */
  default void onDown(Node node) {}

  /** A node left the cluster. */
  default void onRemove(Node node) {}
}
