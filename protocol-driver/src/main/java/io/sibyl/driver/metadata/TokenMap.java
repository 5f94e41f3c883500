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
}
