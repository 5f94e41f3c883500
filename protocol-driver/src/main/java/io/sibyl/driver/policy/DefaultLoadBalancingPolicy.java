package io.sibyl.driver.policy;

import io.sibyl.driver.Statement;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.NodeState;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * The default policy: token-aware over data-center-aware round robin.
 *
 * <p>The query plan starts with the live replicas of the statement's partition that are in the
 * local data center (rotated, so replicas share the load), then the other live local nodes in
 * round-robin order. Nodes of other data centers are used only when {@link
 * #allowRemoteDatacenters()} is set, after all local ones. Down nodes and nodes refused by the
 * filter are never in a plan. The local data center is the configured one, or the data center of
 * the contact points when they all share one.
 *
 * <p>A lightweight transaction ({@link Statement#lwt()}) whose replicas are known is not rotated:
 * its plan lists the live local replicas in ring order, primary replica first, so that concurrent
 * transactions on one partition share a coordinator (see {@link #withoutLwtRouting()}).
 */
public final class DefaultLoadBalancingPolicy implements LoadBalancingPolicy {
  private final Predicate<Node> filter;
  private final boolean allowRemote;
  private final boolean lwtRouting;
  private final AtomicInteger rotation = new AtomicInteger();

  /** The largest cluster whose rotated plans are precomputed (n plans of n nodes). */
  private static final int MAX_PRECOMPUTED = 32;

  // Replaced (never mutated) on change, so a query plan reads it without copying.
  private volatile Ring ring = new Ring(new Node[0]);
  private volatile String localDatacenter;

  /** The default: local data center only, every node accepted. */
  public DefaultLoadBalancingPolicy() {
    this(node -> true, false, true);
  }

  private DefaultLoadBalancingPolicy(
      Predicate<Node> filter, boolean allowRemote, boolean lwtRouting) {
    this.filter = Objects.requireNonNull(filter, "filter");
    this.allowRemote = allowRemote;
    this.lwtRouting = lwtRouting;
  }

  /** A copy that never uses the nodes {@code filter} refuses. */
  public DefaultLoadBalancingPolicy withNodeFilter(Predicate<Node> nodeFilter) {
    return new DefaultLoadBalancingPolicy(nodeFilter, allowRemote, lwtRouting);
  }

  /** A copy that falls back to nodes of other data centers after the local ones. */
  public DefaultLoadBalancingPolicy allowRemoteDatacenters() {
    return new DefaultLoadBalancingPolicy(filter, true, lwtRouting);
  }

  /**
   * A copy that rotates lightweight transactions among the replicas like any other statement (the
   * behaviour of drivers without LWT routing; useful to compare the two).
   */
  public DefaultLoadBalancingPolicy withoutLwtRouting() {
    return new DefaultLoadBalancingPolicy(filter, allowRemote, false);
  }

  @Override
  public void init(Collection<Node> known, String datacenter) {
    ring = new Ring(known.toArray(new Node[0]));
    localDatacenter = datacenter;
  }

  /** The local data center in use, or null if none could be determined. */
  public String localDatacenter() {
    return localDatacenter;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The plan is immutable and may be shared by several requests.
   */
  @Override
  public List<Node> newQueryPlan(Statement<?> statement, List<Node> replicas) {
    Ring current = ring;
    Node[] all = current.nodes;
    int start = rotation.getAndIncrement();
    if (replicas.isEmpty() && current.rotations != null && allUsableAndLocal(all)) {
      // The common case (one node, or no routing key): the plan is every node in rotated order,
      // precomputed, so nothing is allocated per request.
      return current.rotations.get(Math.floorMod(start, all.length));
    }
    List<Node> plan = new ArrayList<>(all.length);
    if (!replicas.isEmpty()) {
      int size = replicas.size();
      for (int i = 0; i < size; i++) {
        Node replica = replicas.get(Math.floorMod(start + i, size));
        if (usable(replica) && distance(replica) == NodeDistance.LOCAL) {
          plan.add(replica);
        }
      }
    }
    addRotated(plan, all, start, NodeDistance.LOCAL);
    if (allowRemote) {
      addRotated(plan, all, start, NodeDistance.REMOTE);
    }
    return lwtRouting && statement.lwt() && !replicas.isEmpty()
        ? LwtQueryPlan.of(replicas, this::localAndUsable, plan)
        : plan;
  }

  private void addRotated(List<Node> plan, Node[] all, int start, NodeDistance wanted) {
    int n = all.length;
    for (int i = 0; i < n; i++) {
      Node node = all[Math.floorMod(start + i, n)];
      if (usable(node) && distance(node) == wanted && !plan.contains(node)) {
        plan.add(node);
      }
    }
  }

  private boolean localAndUsable(Node node) {
    return usable(node) && distance(node) == NodeDistance.LOCAL;
  }

  private boolean allUsableAndLocal(Node[] all) {
    for (Node node : all) {
      if (!usable(node) || distance(node) != NodeDistance.LOCAL) {
        return false;
      }
    }
    return all.length > 0;
  }

  private boolean usable(Node node) {
    return node.state() != NodeState.DOWN && filter.test(node);
  }

  @Override
  public NodeDistance distance(Node node) {
    if (!filter.test(node)) {
      return NodeDistance.IGNORED;
    }
    String local = localDatacenter;
    if (local == null || node.datacenter() == null || local.equals(node.datacenter())) {
      return NodeDistance.LOCAL;
    }
    return allowRemote ? NodeDistance.REMOTE : NodeDistance.IGNORED;
  }

  @Override
  public synchronized void onAdd(Node node) {
    Node[] nodes = ring.nodes;
    if (!List.of(nodes).contains(node)) {
      Node[] grown = java.util.Arrays.copyOf(nodes, nodes.length + 1);
      grown[grown.length - 1] = node;
      ring = new Ring(grown);
    }
  }

  @Override
  public synchronized void onRemove(Node node) {
    ring =
        new Ring(java.util.Arrays.stream(ring.nodes).filter(n -> n != node).toArray(Node[]::new));
  }

  /**
   * The known nodes and, for up to {@value #MAX_PRECOMPUTED} of them, every rotation of them as an
   * immutable plan (null beyond).
   */
  private static final class Ring {
    final Node[] nodes;
    final List<List<Node>> rotations;

    Ring(Node[] nodes) {
      this.nodes = nodes;
      if (nodes.length == 0 || nodes.length > MAX_PRECOMPUTED) {
        this.rotations = null;
        return;
      }
      List<List<Node>> all = new ArrayList<>(nodes.length);
      for (int start = 0; start < nodes.length; start++) {
        Node[] rotated = new Node[nodes.length];
        for (int i = 0; i < nodes.length; i++) {
          rotated[i] = nodes[(start + i) % nodes.length];
        }
        all.add(List.of(rotated));
      }
      this.rotations = List.copyOf(all);
    }
  }
}
