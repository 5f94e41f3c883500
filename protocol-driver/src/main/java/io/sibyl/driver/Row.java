package io.sibyl.driver;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.error.CodecNotFoundException;
import io.sibyl.driver.internal.protocol.RowData;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.GettableByName;
import io.sibyl.driver.type.codec.CodecRegistry;
import io.sibyl.driver.type.codec.TypeCodec;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * One row of a result. Values are decoded when read, straight from the page's bytes; the getters of
 * the common types ({@link #getInt(int)}, {@link #getString(int)}, {@link #getUuid(int)}...) read
 * them without boxing or intermediate buffers. A primitive getter returns 0 (or false) for a null
 * value; use {@link #isNull(int)} to tell the two apart.
 *
 * <p>Columns are read by index (fastest) or by name (see {@link ColumnDefinitions} for how names
 * match). Reading a column as a Java type its CQL type does not map to throws a {@link
 * CodecNotFoundException} that names the column.
 */
public final class Row implements GettableByName {
  private static final VarHandle INT_VIEW =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LONG_VIEW =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);

  private final ColumnDefinitions columns;
  private final RowData page;
  private final int row;
  private final CodecRegistry codecs;

  Row(ColumnDefinitions columns, RowData page, int row, CodecRegistry codecs) {
    this.columns = columns;
    this.page = page;
    this.row = row;
    this.codecs = codecs;
  }

  /** The columns of this row. */
  public ColumnDefinitions columnDefinitions() {
    return columns;
  }

  @Override
  public int size() {
    return columns.size();
  }

  @Override
  public DataType getType(int i) {
    return columns.type(checkIndex(i));
  }

  @Override
  public CodecRegistry codecRegistry() {
    return codecs;
  }

  @Override
  public int firstIndexOf(String name) {
    return columns.indexOf(name);
  }

  /** The serialized value at {@code i} (a view of the page's bytes: do not modify), or null. */
  @Override
  public ByteBuffer getBytesUnsafe(int i) {
    int length = length(i);
    return length < 0 ? null : ByteBuffer.wrap(page.data(), valueOffset(i), length).slice();
  }

  @Override
  public boolean isNull(int i) {
    return length(i) < 0;
  }

  @Override
  public int getInt(int i) {
    if (getType(i) == DataTypes.INT) {
      return isNullOrEmpty(i) ? 0 : (int) INT_VIEW.get(page.data(), valueOffset(checkSize(i, 4)));
    }
    return GettableByName.super.getInt(i);
  }

  @Override
  public long getLong(int i) {
    DataType type = getType(i);
    if (type == DataTypes.BIGINT || type == DataTypes.COUNTER) {
      return isNullOrEmpty(i) ? 0 : (long) LONG_VIEW.get(page.data(), valueOffset(checkSize(i, 8)));
    }
    return GettableByName.super.getLong(i);
  }

  @Override
  public boolean getBoolean(int i) {
    if (getType(i) == DataTypes.BOOLEAN) {
      return !isNullOrEmpty(i) && page.data()[valueOffset(checkSize(i, 1))] != 0;
    }
    return GettableByName.super.getBoolean(i);
  }

  @Override
  public double getDouble(int i) {
    if (getType(i) == DataTypes.DOUBLE) {
      return isNullOrEmpty(i)
          ? 0
          : Double.longBitsToDouble(
              (long) LONG_VIEW.get(page.data(), valueOffset(checkSize(i, 8))));
    }
    return GettableByName.super.getDouble(i);
  }

  @Override
  public float getFloat(int i) {
    if (getType(i) == DataTypes.FLOAT) {
      return isNullOrEmpty(i)
          ? 0
          : Float.intBitsToFloat((int) INT_VIEW.get(page.data(), valueOffset(checkSize(i, 4))));
    }
    return GettableByName.super.getFloat(i);
  }

  @Override
  public String getString(int i) {
    DataType type = getType(i);
    if (type == DataTypes.TEXT || type == DataTypes.ASCII) {
      int length = length(i);
      return length < 0
          ? null
          : new String(page.data(), valueOffset(i), length, StandardCharsets.UTF_8);
    }
    return GettableByName.super.getString(i);
  }

  @Override
  public UUID getUuid(int i) {
    DataType type = getType(i);
    if (type == DataTypes.UUID || type == DataTypes.TIMEUUID) {
      if (isNullOrEmpty(i)) {
        return null;
      }
      int offset = valueOffset(checkSize(i, 16));
      byte[] data = page.data();
      return new UUID((long) LONG_VIEW.get(data, offset), (long) LONG_VIEW.get(data, offset + 8));
    }
    return GettableByName.super.getUuid(i);
  }

  @Override
  public Instant getInstant(int i) {
    if (getType(i) == DataTypes.TIMESTAMP) {
      return isNullOrEmpty(i)
          ? null
          : Instant.ofEpochMilli((long) LONG_VIEW.get(page.data(), valueOffset(checkSize(i, 8))));
    }
    return GettableByName.super.getInstant(i);
  }

  @Override
  public <T> T get(int i, Class<T> javaType) {
    TypeCodec<T> codec;
    try {
      codec = codecs.codecFor(getType(i), javaType);
    } catch (CodecNotFoundException e) {
      throw mismatch(i, e);
    }
    return get(i, codec);
  }

  @Override
  public <T> T get(int i, GenericType<T> javaType) {
    TypeCodec<T> codec;
    try {
      codec = codecs.codecFor(getType(i), javaType);
    } catch (CodecNotFoundException e) {
      throw mismatch(i, e);
    }
    return get(i, codec);
  }

  @Override
  public <T> T get(int i, TypeCodec<T> codec) {
    try {
      return codec.decode(getBytesUnsafe(i));
    } catch (CodecException e) {
      throw new CodecException(
          "Cannot decode column '" + columns.get(i).name() + "': " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Row[");
    for (int i = 0; i < columns.size(); i++) {
      TypeCodec<Object> codec = codecs.codecFor(getType(i));
      text.append(i > 0 ? ", " : "")
          .append(columns.get(i).name())
          .append('=')
          .append(codec.format(get(i, codec)));
    }
    return text.append(']').toString();
  }

  private int length(int i) {
    return (int) INT_VIEW.get(page.data(), page.cellOffset(row, checkIndex(i)));
  }

  /**
   * Whether a fixed-size value is null or empty. Cassandra accepts zero bytes (an "empty" value)
   * for the fixed-size types older than {@code date}; like the codecs, the fast getters read it as
   * null.
   */
  private boolean isNullOrEmpty(int i) {
    return length(i) <= 0;
  }

  private int valueOffset(int i) {
    return page.cellOffset(row, i) + 4;
  }

  private int checkIndex(int i) {
    if (i < 0 || i >= columns.size()) {
      throw new IndexOutOfBoundsException(
          "Column index " + i + " out of range: this row has " + columns.size() + " columns");
    }
    return i;
  }

  private int checkSize(int i, int expected) {
    int length = length(i);
    if (length != expected) {
      throw new CodecException(
          "Column '"
              + columns.get(i).name()
              + "' of type "
              + columns.type(i).asCql()
              + " holds "
              + length
              + " bytes, expected "
              + expected);
    }
    return i;
  }

  private CodecNotFoundException mismatch(int i, CodecNotFoundException cause) {
    return new CodecNotFoundException(
        cause.cqlType(),
        cause.javaType(),
        "It was asked for column '" + columns.get(i).name() + "'.");
  }
}
