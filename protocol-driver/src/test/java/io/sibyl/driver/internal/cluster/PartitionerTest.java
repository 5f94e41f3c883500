package io.sibyl.driver.internal.cluster;

import static io.sibyl.driver.internal.cluster.TestNode.node;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.internal.pool.DefaultNode;
import io.sibyl.driver.metadata.KeyspaceMetadata;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartitionerTest {

  @Test
  void should_hash_random_partitioner_tokens_as_the_absolute_md5() {
    // abs(MD5 digest read as a signed big-endian integer), computed independently.
    assertThat(Partitioner.RANDOM.token(utf8("key")))
        .isEqualTo(new BigInteger("80325066489831061459460196859901989661"));
    assertThat(Partitioner.RANDOM.token(utf8("some key")))
        .isEqualTo(new BigInteger("67361834869134105209090206128704416652"));
    assertThat(Partitioner.RANDOM.token(ByteBuffer.wrap(new byte[] {(byte) 0xFF, 0})))
        .isEqualTo(new BigInteger("41326795130892891511390506479077837876"));
  }

  @Test
  void should_order_byte_ordered_tokens_as_unsigned_bytes() {
    Comparable<Object> low = byteToken(new byte[] {0x01});
    Comparable<Object> high = byteToken(new byte[] {(byte) 0xFF});
    assertThat(low.compareTo(high)).isNegative();
    assertThat(Partitioner.BYTE_ORDERED.parse("ff")).isEqualTo(high);
  }

  @Test
  void should_recognize_partitioners_by_short_or_full_class_name() {
    assertThat(Partitioner.of("org.apache.cassandra.dht.RandomPartitioner"))
        .isEqualTo(Partitioner.RANDOM);
    assertThat(Partitioner.of("ByteOrderedPartitioner")).isEqualTo(Partitioner.BYTE_ORDERED);
    assertThat(Partitioner.of("org.example.LocalPartitioner")).isNull();
  }

  @Test
  void should_route_with_a_random_partitioner_ring() {
    BigInteger keyToken = new BigInteger("80325066489831061459460196859901989661");
    DefaultNode below = randomNode(1, keyToken.subtract(BigInteger.ONE));
    DefaultNode above = randomNode(2, keyToken.add(BigInteger.ONE));
    DefaultTokenMap map =
        DefaultTokenMap.build(
            "org.apache.cassandra.dht.RandomPartitioner",
            List.of(below, above),
            List.of(
                new KeyspaceMetadata(
                    "ks",
                    true,
                    Map.of(
                        "class", "org.apache.cassandra.locator.SimpleStrategy",
                        "replication_factor", "1"),
                    Map.of(),
                    Map.of())));

    assertThat(map.replicas("ks", utf8("key"))).containsExactly(above);
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> byteToken(byte[] bytes) {
    return (Comparable<Object>) Partitioner.BYTE_ORDERED.token(ByteBuffer.wrap(bytes));
  }

  private static DefaultNode randomNode(int n, BigInteger token) {
    DefaultNode node = node(n, "dc1", "r1");
    node.ring(Set.of(token.toString()), null);
    return node;
  }

  private static ByteBuffer utf8(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }
}
