package io.sibyl.driver;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.error.CodecNotFoundException;
import io.sibyl.driver.internal.protocol.BoundValues;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.util.ErrorMapper;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.UUID;

/**
 * A {@link PreparedStatement} with values bound to its variables. Values are serialized when they
 * are set, so executing the statement costs no further conversion.
 *
 * <p>The {@code set*} methods change this statement and return it (bind, then execute); the {@code
 * with*} methods return a copy with other options, as on every {@link Statement}. Not thread-safe
 * while values are being set. A variable never set is sent as "unset": the server leaves the column
 * as it is rather than writing a null.
 *
 * <p>A statement may be executed any number of times, also concurrently, as long as its values do
 * not change meanwhile: the request reads them when it is written to the connection. To send other
 * values, bind a new statement (binding is cheap) or change this one only once the executions that
 * use it have completed.
 */
public final class BoundStatement extends AbstractStatement<BoundStatement>
    implements Statement<BoundStatement>, BatchableStatement {

  private final PreparedStatement prepared;
  private final BoundValues values;

  BoundStatement(PreparedStatement prepared, BoundValues values, StatementOptions options) {
    super(options);
    this.prepared = prepared;
    this.values = values;
  }

  /** The statement these values are bound to. */
  public PreparedStatement preparedStatement() {
    return prepared;
  }

  /** Whether the variable at {@code i} has been set (to a value or to null). */
  public boolean isSet(int i) {
    return values.isSet(checkIndex(i));
  }

  /** The serialized value at {@code i} (a read-only view), or null when null or unset. */
  public ByteBuffer getBytesUnsafe(int i) {
    ByteBuffer value = values.get(checkIndex(i));
    return value == Primitives.UNSET ? null : value;
  }

  /** Binds an {@code int} at {@code i}. */
  public BoundStatement setInt(int i, int value) {
    if (type(i) == DataTypes.INT) {
      values.setInt(i, value);
      return this;
    }
    return set(i, value, Integer.class);
  }

  /** Binds a {@code long} at {@code i} (bigint, counter). */
  public BoundStatement setLong(int i, long value) {
    DataType type = type(i);
    if (type == DataTypes.BIGINT || type == DataTypes.COUNTER) {
      values.setLong(i, value);
      return this;
    }
    return set(i, value, Long.class);
  }

  /** Binds a {@code boolean} at {@code i}. */
  public BoundStatement setBoolean(int i, boolean value) {
    return set(i, value, Boolean.class);
  }

  /** Binds a {@code double} at {@code i}. */
  public BoundStatement setDouble(int i, double value) {
    return set(i, value, Double.class);
  }

  /** Binds a {@code float} at {@code i}. */
  public BoundStatement setFloat(int i, float value) {
    return set(i, value, Float.class);
  }

  /** Binds a String at {@code i} (text, varchar, ascii). */
  public BoundStatement setString(int i, String value) {
    if (type(i) == DataTypes.TEXT && value != null) {
      values.setUtf8(i, value);
      return this;
    }
    return set(i, value, String.class);
  }

  /** Binds a UUID at {@code i} (uuid, timeuuid). */
  public BoundStatement setUuid(int i, UUID value) {
    DataType type = type(i);
    if ((type == DataTypes.UUID || type == DataTypes.TIMEUUID) && value != null) {
      values.setLongPair(i, value.getMostSignificantBits(), value.getLeastSignificantBits());
      return this;
    }
    return set(i, value, UUID.class);
  }

  /** Binds an Instant at {@code i} (timestamp). */
  public BoundStatement setInstant(int i, Instant value) {
    if (type(i) == DataTypes.TIMESTAMP && value != null) {
      long millis;
      try {
        millis = value.toEpochMilli();
      } catch (ArithmeticException e) {
        return set(i, value, Instant.class); // the codec's error, with the variable's name
      }
      values.setLong(i, millis);
      return this;
    }
    return set(i, value, Instant.class);
  }

  /** Binds a value of the given Java type at {@code i}, through the matching codec. */
  public <T> BoundStatement set(int i, T value, Class<T> javaType) {
    TypeCodec<T> codec;
    try {
      codec = prepared.codecs().codecFor(type(i), javaType);
    } catch (CodecNotFoundException e) {
      throw mismatch(i, e);
    }
    return set(i, value, codec);
  }

  /** Binds a value of the given generic Java type at {@code i}, through the matching codec. */
  public <T> BoundStatement set(int i, T value, GenericType<T> javaType) {
    TypeCodec<T> codec;
    try {
      codec = prepared.codecs().codecFor(type(i), javaType);
    } catch (CodecNotFoundException e) {
      throw mismatch(i, e);
    }
    return set(i, value, codec);
  }

  /** Binds a value at {@code i}, serialized by the given codec. */
  public <T> BoundStatement set(int i, T value, TypeCodec<T> codec) {
    checkIndex(i);
    try {
      if (value == null) {
        values.setNull(i);
      } else {
        values.setBytes(i, codec.encode(value));
      }
    } catch (CodecException | ClassCastException e) {
      throw new CodecException(
          "Cannot bind the value for variable '"
              + variableName(i)
              + "' of CQL type "
              + type(i).asCql()
              + ": "
              + e.getMessage(),
          e);
    }
    return this;
  }

  /** Binds any value at {@code i}, choosing the codec from its runtime class. */
  public BoundStatement setObject(int i, Object value) {
    if (value == null) {
      return setToNull(i);
    }
    TypeCodec<Object> codec;
    try {
      codec = prepared.codecs().codecFor(type(i), value);
    } catch (CodecNotFoundException e) {
      throw mismatch(i, e);
    }
    return set(i, value, codec);
  }

  /** Binds raw, already serialized bytes at {@code i} (null for a null value). */
  public BoundStatement setBytesUnsafe(int i, ByteBuffer value) {
    values.setBytes(checkIndex(i), value);
    return this;
  }

  /** Binds null at {@code i}: the column is written as null (a tombstone for writes). */
  public BoundStatement setToNull(int i) {
    values.setNull(checkIndex(i));
    return this;
  }

  /** Leaves the variable at {@code i} unset: the server keeps the column's current value. */
  public BoundStatement unset(int i) {
    values.unset(checkIndex(i));
    return this;
  }

  /** Binds an {@code int} to every variable with this name. */
  public BoundStatement setInt(String name, int value) {
    for (int i : indicesOf(name)) {
      setInt(i, value);
    }
    return this;
  }

  /** Binds a {@code long} to every variable with this name. */
  public BoundStatement setLong(String name, long value) {
    for (int i : indicesOf(name)) {
      setLong(i, value);
    }
    return this;
  }

  /** Binds a String to every variable with this name. */
  public BoundStatement setString(String name, String value) {
    for (int i : indicesOf(name)) {
      setString(i, value);
    }
    return this;
  }

  /** Binds a UUID to every variable with this name. */
  public BoundStatement setUuid(String name, UUID value) {
    for (int i : indicesOf(name)) {
      setUuid(i, value);
    }
    return this;
  }

  /** Binds any value to every variable with this name, choosing the codec from its class. */
  public BoundStatement setObject(String name, Object value) {
    for (int i : indicesOf(name)) {
      setObject(i, value);
    }
    return this;
  }

  /** Binds a value of the given Java type to every variable with this name. */
  public <T> BoundStatement set(String name, T value, Class<T> javaType) {
    for (int i : indicesOf(name)) {
      set(i, value, javaType);
    }
    return this;
  }

  /** Binds null to every variable with this name. */
  public BoundStatement setToNull(String name) {
    for (int i : indicesOf(name)) {
      setToNull(i);
    }
    return this;
  }

  /** Leaves every variable with this name unset. */
  public BoundStatement unset(String name) {
    for (int i : indicesOf(name)) {
      unset(i);
    }
    return this;
  }

  /**
   * The partition key of this statement's row, serialized as Cassandra hashes it (composite keys as
   * {@code [length][bytes][0]} per component), or null when a key variable is not bound (or the
   * statement's key is not all bind variables). The driver routes the request to a replica of it.
   */
  public ByteBuffer routingKey() {
    ByteBuffer key = routingKeyUnsafe();
    return key == null ? null : key.asReadOnlyBuffer();
  }

  /** {@link #routingKey()} without the defensive copy, for the driver's own routing. */
  ByteBuffer routingKeyUnsafe() {
    int[] indices = prepared.partitionKeyIndicesUnsafe();
    if (indices.length == 0) {
      return null;
    }
    if (indices.length == 1) {
      return values.view(indices[0]);
    }
    int size = 0;
    for (int index : indices) {
      if (!values.isSet(index) || values.isNull(index)) {
        return null;
      }
      size += 3 + values.encodedSize(index) - 4;
    }
    ByteBuffer key = ByteBuffer.allocate(size);
    for (int index : indices) {
      ByteBuffer value = values.view(index);
      key.putShort((short) value.remaining()).put(value).put((byte) 0);
    }
    return key.flip();
  }

  /**
   * The keyspace of the statement's table, as the server described its variables (the first
   * partition key variable's, else the first variable's), or null when it has no variable.
   */
  public String routingKeyspace() {
    int[] indices = prepared.partitionKeyIndicesUnsafe();
    if (indices.length > 0) {
      return prepared.variableDefinitions().get(indices[0]).keyspace();
    }
    // No bound key (token-range reads): the table's keyspace still routes a routing token.
    return prepared.variableDefinitions().size() == 0
        ? null
        : prepared.variableDefinitions().get(0).keyspace();
  }

  /** The serialized values, in variable order; shared with the caller, not copied. */
  BoundValues values() {
    return values;
  }

  @Override
  BoundStatement copy(StatementOptions newOptions) {
    return new BoundStatement(prepared, values.copy(), newOptions);
  }

  @Override
  public String toString() {
    return "BoundStatement[" + prepared.query() + "]";
  }

  private DataType type(int i) {
    return prepared.variableDefinitions().type(checkIndex(i));
  }

  private String variableName(int i) {
    return prepared.variableDefinitions().get(i).name();
  }

  private int[] indicesOf(String name) {
    int[] indices = prepared.variableDefinitions().allIndicesOf(name);
    if (indices.length == 0) {
      throw new IllegalArgumentException(
          "No bind variable named '"
              + name
              + "' in \""
              + prepared.query()
              + "\"; the variables are "
              + prepared.variableDefinitions().names());
    }
    return indices;
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= values.count()) {
      throw new IndexOutOfBoundsException(
          "Bind variable index "
              + i
              + " out of range: \""
              + prepared.query()
              + "\" has "
              + values.count()
              + " variables");
    }
    return i;
  }

  private CodecNotFoundException mismatch(int i, CodecNotFoundException cause) {
    return new CodecNotFoundException(
        cause.cqlType(),
        cause.javaType(),
        "It was given for bind variable '"
            + variableName(i)
            + "' of \""
            + ErrorMapper.shorten(prepared.query())
            + "\".");
  }
}
