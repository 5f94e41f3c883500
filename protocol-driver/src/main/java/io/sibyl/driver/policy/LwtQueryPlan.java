package io.sibyl.driver.policy;

import io.sibyl.driver.metadata.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The query plan of a lightweight transaction whose replicas are known: the usable local replicas
 * in the token map's order (primary replica first), never rotated, then the nodes of the ordinary
 * plan that are not replicas.
 *
 * <p>Every client that routes this way sends a partition's transactions to the same coordinator, so
 * their Paxos rounds queue on one node instead of pre-empting each other's ballots from several
 * coordinators. The next replica takes over only when the first one is down or fails the attempt.
 */
final class LwtQueryPlan {
  private LwtQueryPlan() {}

  /**
   * Builds the plan.
   *
   * @param replicas the partition's replicas, primary first
   * @param localReplica whether a replica may coordinate: up, accepted by the filter and local
   * @param ordinary the plan the statement would get without LWT routing (nothing is lost: every
   *     node of it is in the result)
   */
  static List<Node> of(List<Node> replicas, Predicate<Node> localReplica, List<Node> ordinary) {
    List<Node> plan = new ArrayList<>(ordinary.size());
    int size = replicas.size();
    for (int i = 0; i < size; i++) {
      Node replica = replicas.get(i);
      if (localReplica.test(replica)) {
        plan.add(replica);
      }
    }
    for (int i = 0, n = ordinary.size(); i < n; i++) {
      Node node = ordinary.get(i);
      if (!plan.contains(node)) {
        plan.add(node);
      }
    }
    return plan;
  }
}
