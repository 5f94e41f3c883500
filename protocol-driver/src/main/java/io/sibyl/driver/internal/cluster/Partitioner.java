package io.sibyl.driver.internal.cluster;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Cassandra partitioner as the driver needs it: the token of a partition key, and the token
 * written in {@code system.local} / {@code system.peers}. Tokens are {@link Comparable} values of
 * one type per partitioner, so the ring sorts them.
 */
enum Partitioner {
  /** {@code Murmur3Partitioner}: a signed 64-bit hash; tokens are {@link Long}s. */
  MURMUR3("org.apache.cassandra.dht.Murmur3Partitioner") {
    @Override
    Comparable<?> token(ByteBuffer key) {
      return Murmur3.token(key);
    }

    @Override
    Comparable<?> parse(String token) {
      return Long.parseLong(token);
    }
  },

  /** {@code RandomPartitioner}: the absolute value of the key's MD5 as a signed big integer. */
  RANDOM("org.apache.cassandra.dht.RandomPartitioner") {
    @Override
    Comparable<?> token(ByteBuffer key) {
      try {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        md5.update(key.duplicate());
        return new BigInteger(md5.digest()).abs();
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("The JDK has no MD5", e);
      }
    }

    @Override
    Comparable<?> parse(String token) {
      return new BigInteger(token);
    }
  },

  /** {@code ByteOrderedPartitioner}: the key's bytes themselves, compared unsigned. */
  BYTE_ORDERED("org.apache.cassandra.dht.ByteOrderedPartitioner") {
    @Override
    Comparable<?> token(ByteBuffer key) {
      byte[] bytes = new byte[key.remaining()];
      key.duplicate().get(bytes);
      return new ByteToken(bytes);
    }

    @Override
    Comparable<?> parse(String token) {
      return new ByteToken(HexFormat.of().parseHex(token));
    }
  };

  private final String className;

  Partitioner(String className) {
    this.className = className;
  }

  /** The token of a serialized partition key. The buffer is left as it was. */
  abstract Comparable<?> token(ByteBuffer key);

  /** A token as the system tables write it. */
  abstract Comparable<?> parse(String token);

  /** The server's class name of this partitioner. */
  String className() {
    return className;
  }

  /** The partitioner of a class name (short or fully qualified), or null if not supported. */
  static Partitioner of(String className) {
    if (className == null) {
      return MURMUR3;
    }
    for (Partitioner partitioner : values()) {
      String simpleName =
          partitioner.className.substring(partitioner.className.lastIndexOf('.') + 1);
      if (className.equals(partitioner.className) || className.endsWith(simpleName)) {
        return partitioner;
      }
    }
    return null;
  }

  /**
   * A ByteOrderedPartitioner token: bytes compared as unsigned, lexicographically.
   *
   * @param bytes the key's bytes
   */
  record ByteToken(byte[] bytes) implements Comparable<ByteToken> {
    @Override
    public int compareTo(ByteToken other) {
      return java.util.Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ByteToken token && java.util.Arrays.equals(bytes, token.bytes);
    }

    @Override
    public int hashCode() {
      return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
      return HexFormat.of().formatHex(bytes);
    }
  }
}
