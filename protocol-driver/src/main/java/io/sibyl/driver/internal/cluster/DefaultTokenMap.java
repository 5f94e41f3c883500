package io.sibyl.driver.internal.cluster;

import io.sibyl.driver.metadata.KeyspaceMetadata;
import io.sibyl.driver.metadata.Node;
import io.sibyl.driver.metadata.TokenMap;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The token ring (Murmur3, Random or ByteOrdered partitioner) and the replicas of each keyspace,
 * computed once per topology or schema change (immutable afterwards, so lookups take no lock).
 * Replica lists per keyspace are computed for every token range up front, so a lookup is a binary
 * search.
 */
public final class DefaultTokenMap implements TokenMap {
  static final String MURMUR3 = Partitioner.MURMUR3.className();

  private final Partitioner partitioner;
  private final Comparable<Object>[] ring;
  private final Node[] owners;
  private final Map<String, List<Node>[]> replicasByKeyspace = new HashMap<>();
  private final int nodeCount;

  private DefaultTokenMap(Partitioner partitioner, Comparable<Object>[] ring, Node[] owners) {
    this.partitioner = partitioner;
    this.ring = ring;
    this.owners = owners;
    this.nodeCount = new HashSet<>(Arrays.asList(owners)).size();
  }

  /**
   * Builds the map, or returns null when the partitioner is not one the driver knows or no node has
   * tokens.
   */
  @SuppressWarnings("unchecked")
  public static DefaultTokenMap build(
      String partitionerName,
      Collection<? extends Node> nodes,
      Collection<KeyspaceMetadata> keyspaces) {
    Partitioner partitioner = Partitioner.of(partitionerName);
    if (partitioner == null) {
      return null;
    }
    Map<Comparable<Object>, Node> byToken = new java.util.TreeMap<>();
    for (Node node : nodes) {
      for (String token : node.tokens()) {
        byToken.put((Comparable<Object>) partitioner.parse(token), node);
      }
    }
    if (byToken.isEmpty()) {
      return null;
    }
    Comparable<Object>[] ring = byToken.keySet().toArray(new Comparable[0]);
    Node[] owners = byToken.values().toArray(new Node[0]);
    DefaultTokenMap map = new DefaultTokenMap(partitioner, ring, owners);
    for (KeyspaceMetadata keyspace : keyspaces) {
      List<Node>[] replicas = map.computeReplicas(keyspace.replication());
      if (replicas != null) {
        map.replicasByKeyspace.put(keyspace.name(), replicas);
      }
    }
    return map;
  }

  /** How many distinct nodes own tokens. */
  public int nodeCount() {
    return nodeCount;
  }

  @Override
  public String partitioner() {
    return partitioner.className();
  }

  @Override
  public Comparable<?> token(ByteBuffer routingKey) {
    return partitioner.token(routingKey);
  }

  @Override
  public List<Node> replicas(String keyspace, ByteBuffer routingKey) {
    return replicasForToken(keyspace, token(routingKey));
  }

  @Override
  public List<Comparable<?>> ringTokens() {
    return List.of(ring);
  }

  @Override
  public List<Node> replicasOfToken(String keyspace, Comparable<?> token) {
    return replicasForToken(keyspace, token);
  }

  /**
   * Whether {@code token} is of this ring's type (a {@code Long} for Murmur3, a {@code BigInteger}
   * for Random...), so that it can be placed on the ring.
   */
  boolean isTokenOfRing(Object token) {
    return ring.length > 0 && ring[0].getClass() == token.getClass();
  }

  /** The partitioner's short name, for messages. */
  String partitionerShortName() {
    String name = partitioner.className();
    return name.substring(name.lastIndexOf('.') + 1);
  }

  /** The replicas of the range that holds {@code token}. */
  List<Node> replicasForToken(String keyspace, Object token) {
    List<Node>[] replicas = replicasByKeyspace.get(keyspace);
    return replicas == null ? List.of() : replicas[ownerIndex(token)];
  }

  /** The index, in the ring, of the first token at or after {@code token} (wrapping). */
  private int ownerIndex(Object token) {
    int index = Arrays.binarySearch(ring, token);
    if (index < 0) {
      index = -index - 1;
    }
    return index == ring.length ? 0 : index;
  }

  @SuppressWarnings("unchecked")
  private List<Node>[] computeReplicas(Map<String, String> replication) {
    String strategy = replication.getOrDefault("class", "");
    List<Node>[] result = new List[ring.length];
    if (strategy.endsWith("SimpleStrategy")) {
      int factor = parseFactor(replication.get("replication_factor"));
      for (int i = 0; i < ring.length; i++) {
        result[i] = simpleReplicas(i, factor);
      }
      return result;
    }
    if (strategy.endsWith("NetworkTopologyStrategy")) {
      Map<String, Integer> factors = new HashMap<>();
      replication.forEach(
          (key, value) -> {
            if (!key.equals("class")) {
              factors.put(key, parseFactor(value));
            }
          });
      for (int i = 0; i < ring.length; i++) {
        result[i] = networkTopologyReplicas(i, factors);
      }
      return result;
    }
    return null; // LocalStrategy, EverywhereStrategy...: not routed by token
  }

  private List<Node> simpleReplicas(int start, int factor) {
    Set<Node> replicas = new LinkedHashSet<>();
    for (int i = 0; i < ring.length && replicas.size() < factor; i++) {
      replicas.add(owners[(start + i) % ring.length]);
    }
    return List.copyOf(replicas);
  }

  /**
   * Walks the ring from {@code start}, taking in each data center its replication factor's worth of
   * nodes, on distinct racks first (as NetworkTopologyStrategy places them).
   */
  private List<Node> networkTopologyReplicas(int start, Map<String, Integer> factors) {
    Map<String, Set<String>> racksPerDc = new HashMap<>();
    for (Node node : owners) {
      racksPerDc
          .computeIfAbsent(String.valueOf(node.datacenter()), k -> new HashSet<>())
          .add(String.valueOf(node.rack()));
    }
    Set<Node> replicas = new LinkedHashSet<>();
    Map<String, Integer> taken = new HashMap<>();
    Map<String, Set<String>> racksUsed = new HashMap<>();
    Map<String, List<Node>> skipped = new HashMap<>();
    for (int i = 0; i < ring.length; i++) {
      Node node = owners[(start + i) % ring.length];
      String dc = String.valueOf(node.datacenter());
      int factor = factors.getOrDefault(dc, 0);
      if (replicas.contains(node) || taken.getOrDefault(dc, 0) >= factor) {
        continue;
      }
      Set<String> used = racksUsed.computeIfAbsent(dc, k -> new HashSet<>());
      boolean allRacksUsed = used.size() >= racksPerDc.get(dc).size();
      if (used.add(String.valueOf(node.rack())) || allRacksUsed) {
        replicas.add(node);
        taken.merge(dc, 1, Integer::sum);
      } else {
        skipped.computeIfAbsent(dc, k -> new ArrayList<>()).add(node);
      }
    }
    // Racks fewer than the factor: fill with the nodes skipped for sharing a rack, in ring order.
    skipped.forEach(
        (dc, nodes) -> {
          for (Node node : nodes) {
            if (taken.getOrDefault(dc, 0) < factors.getOrDefault(dc, 0) && replicas.add(node)) {
              taken.merge(dc, 1, Integer::sum);
            }
          }
        });
    return List.copyOf(replicas);
  }

  private static int parseFactor(String value) {
    if (value == null) {
      return 0;
    }
    // Transient replication writes "3/1": the full factor is the first number.
    int slash = value.indexOf('/');
    try {
      return Integer.parseInt(slash < 0 ? value.trim() : value.substring(0, slash).trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
