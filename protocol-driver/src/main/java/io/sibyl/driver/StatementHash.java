package io.sibyl.driver;

import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.crypto.Mac;

/**
 * Feeds what identifies a statement's result to a keyed hash: the keyspace its unqualified names
 * resolve in, its CQL text and its serialized values (with their names when named). Every part is
 * length-prefixed, so no two different statements feed the same bytes.
 */
final class StatementHash {
  private static final int NULL = -1;
  private static final int UNSET = -2;

  private StatementHash() {}

  /** Feeds {@code statement} to {@code hash}. */
  static void feed(Mac hash, Statement<?> statement, String sessionKeyspace, CodecRegistry codecs) {
    text(hash, effectiveKeyspace(statement, sessionKeyspace));
    body(hash, statement, codecs);
  }

  private static String effectiveKeyspace(Statement<?> statement, String sessionKeyspace) {
    if (statement.keyspace() != null) {
      return statement.keyspace();
    }
    if (statement instanceof BoundStatement bound && bound.preparedStatement().keyspace() != null) {
      return bound.preparedStatement().keyspace();
    }
    return sessionKeyspace;
  }

  private static void body(Mac hash, Statement<?> statement, CodecRegistry codecs) {
    if (statement instanceof BoundStatement bound) {
      text(hash, bound.preparedStatement().query());
      ByteBuffer[] values = bound.values().toArray();
      number(hash, values.length);
      for (ByteBuffer value : values) {
        value(hash, value);
      }
    } else if (statement instanceof SimpleStatement simple) {
      text(hash, simple.query());
      Map<String, Object> named = simple.namedValues();
      if (named.isEmpty()) {
        number(hash, simple.positionalValues().size());
        for (Object value : simple.positionalValues()) {
          value(hash, encode(value, codecs));
        }
      } else {
        number(hash, -named.size()); // negative: named, so never equal to a positional count
        for (Map.Entry<String, Object> entry : named.entrySet()) {
          text(hash, entry.getKey());
          value(hash, encode(entry.getValue(), codecs));
        }
      }
    } else {
      BatchStatement batch = (BatchStatement) statement;
      text(hash, "BATCH " + batch.type());
      number(hash, batch.size());
      for (BatchableStatement child : batch.statements()) {
        body(hash, (Statement<?>) child, codecs);
      }
    }
  }

  private static ByteBuffer encode(Object value, CodecRegistry codecs) {
    return value == null ? null : codecs.codecFor(value).encode(value);
  }

  private static void value(Mac hash, ByteBuffer value) {
    if (value == null) {
      number(hash, NULL);
    } else if (value == Primitives.UNSET) {
      number(hash, UNSET);
    } else {
      ByteBuffer bytes = value.duplicate();
      number(hash, bytes.remaining());
      hash.update(bytes);
    }
  }

  private static void text(Mac hash, String text) {
    if (text == null) {
      number(hash, NULL);
      return;
    }
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    number(hash, bytes.length);
    hash.update(bytes);
  }

  private static void number(Mac hash, int number) {
    hash.update((byte) (number >>> 24));
    hash.update((byte) (number >>> 16));
    hash.update((byte) (number >>> 8));
    hash.update((byte) number);
  }
}
