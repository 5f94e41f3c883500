package io.sibyl.driver.metadata;

import java.nio.ByteBuffer;
import java.util.List;

/** The token ring: which nodes own which partitions. */
public interface TokenMap {
  /**
   * The partitioner's class name: {@code org.apache.cassandra.dht.Murmur3Partitioner}, {@code
   * RandomPartitioner} or {@code ByteOrderedPartitioner} (same package).
   */
  String partitioner();

  /**
   * The token of a partition key (its serialized, possibly composite, routing key): a {@code Long}
   * for Murmur3, a {@code BigInteger} for Random, a comparable wrapper of the key's bytes for
   * ByteOrdered. Equal to what CQL's {@code token(...)} returns for Murmur3 and Random.
   */
  Comparable<?> token(ByteBuffer routingKey);

  /**
   * The replicas of the partition with this routing key in {@code keyspace}, in ring order; empty
   * when the keyspace or its replication is unknown.
   */
  List<Node> replicas(String keyspace, ByteBuffer routingKey);

  /**
   * Every token of the ring, ascending (the same types as {@link #token}): each is the inclusive
   * end of the range that starts after the previous one, and the first one's range wraps around
   * from the last. Used to split a full-table scan along the ranges the nodes own.
   */
  List<Comparable<?>> ringTokens();

  /**
   * The replicas, in ring order, of the range that holds {@code token} (one of the values {@link
   * #token} or {@link #ringTokens} return) in {@code keyspace}; empty when the keyspace or its
   * replication is unknown.
   */
  List<Node> replicasOfToken(String keyspace, Comparable<?> token);
}
