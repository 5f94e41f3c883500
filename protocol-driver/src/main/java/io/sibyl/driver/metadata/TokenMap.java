package io.sibyl.driver.metadata;

import java.nio.ByteBuffer;
import java.util.List;

/** The token ring: which nodes own which partitions. */
public interface TokenMap {
  /** The partitioner's class name, e.g. {@code org.apache.cassandra.dht.Murmur3Partitioner}. */
  String partitioner();

  /** The token of a partition key (its serialized, possibly composite, routing key). */
  long token(ByteBuffer routingKey);

  /**
   * The replicas of the partition with this routing key in {@code keyspace}, in ring order; empty
   * when the keyspace or its replication is unknown.
   */
  List<Node> replicas(String keyspace, ByteBuffer routingKey);
}
