package io.sibyl.mapper.bulk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Groups a window of writes into requests: writes of one partition into groups of at most the cap
 * (sent as unlogged batches), and the requests interleaved by primary replica, so the requests in
 * flight spread over the nodes instead of queueing on one.
 */
final class PartitionGroups {
  private PartitionGroups() {}

  /**
   * The requests for a window, in sending order; each write is in exactly one.
   *
   * @param window the writes, in input order
   * @param batchSize the most writes per request (1: one request per write)
   * @param partition a write's partition (equal for the same partition), or null when unknown (it
   *     then goes alone)
   * @param replica a write's primary replica, or null when unknown
   */
  static <E> List<List<E>> group(
      List<E> window,
      int batchSize,
      Function<? super E, Object> partition,
      Function<? super E, Object> replica) {
    Map<Object, List<E>> partitions = new LinkedHashMap<>();
    List<List<E>> units = new ArrayList<>();
    for (E write : window) {
      Object key = batchSize > 1 ? partition.apply(write) : null;
      if (key == null) {
        units.add(List.of(write));
      } else {
        partitions.computeIfAbsent(key, k -> new ArrayList<>()).add(write);
      }
    }
    partitions
        .values()
        .forEach(
            writes -> {
              for (int from = 0; from < writes.size(); from += batchSize) {
                units.add(
                    List.copyOf(writes.subList(from, Math.min(writes.size(), from + batchSize))));
              }
            });
    return interleave(units, replica);
  }

  /** The units taken in turn from each replica's queue, replicas in first-seen order. */
  private static <E> List<List<E>> interleave(
      List<List<E>> units, Function<? super E, Object> replica) {
    Map<Object, Deque<List<E>>> byReplica = new LinkedHashMap<>();
    Object unknown = new Object();
    for (List<E> unit : units) {
      Object node = replica.apply(unit.get(0));
      byReplica.computeIfAbsent(node == null ? unknown : node, r -> new ArrayDeque<>()).add(unit);
    }
    if (byReplica.size() <= 1) {
      return units;
    }
    List<List<E>> ordered = new ArrayList<>(units.size());
    while (ordered.size() < units.size()) {
      for (Deque<List<E>> queue : byReplica.values()) {
        List<E> next = queue.poll();
        if (next != null) {
          ordered.add(next);
        }
      }
    }
    return ordered;
  }
}
