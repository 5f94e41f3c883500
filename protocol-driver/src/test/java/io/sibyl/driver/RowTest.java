package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTest {
  private static final List<DataType> FAST_TYPES =
      List.of(
          DataTypes.INT,
          DataTypes.BIGINT,
          DataTypes.COUNTER,
          DataTypes.BOOLEAN,
          DataTypes.DOUBLE,
          DataTypes.FLOAT,
          DataTypes.UUID,
          DataTypes.TIMEUUID,
          DataTypes.TIMESTAMP);

  @Test
  void should_read_empty_fixed_size_values_like_null_in_the_fast_getters() {
    Row row = rowOf(FAST_TYPES, new byte[FAST_TYPES.size()][]);

    assertThat(row.getInt(0)).isZero();
    assertThat(row.getLong(1)).isZero();
    assertThat(row.getLong(2)).isZero();
    assertThat(row.getBoolean(3)).isFalse();
    assertThat(row.getDouble(4)).isZero();
    assertThat(row.getFloat(5)).isZero();
    assertThat(row.getUuid(6)).isNull();
    assertThat(row.getUuid(7)).isNull();
    assertThat(row.getInstant(8)).isNull();
    for (int i = 0; i < FAST_TYPES.size(); i++) {
      assertThat(row.isNull(i)).as("an empty value is not null").isFalse();
      assertThat(row.getObject(i)).as("the codecs read an empty value as null").isNull();
    }
  }

  @Test
  void should_refuse_a_fixed_size_value_of_another_non_zero_size() {
    Row row = rowOf(List.of(DataTypes.INT, DataTypes.UUID), new byte[][] {{1, 2, 3}, {1}});

    assertThatThrownBy(() -> row.getInt(0))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("holds 3 bytes, expected 4");
    assertThatThrownBy(() -> row.getUuid(1))
        .isInstanceOf(CodecException.class)
        .hasMessageContaining("holds 1 bytes, expected 16");
  }

  /** A row of the given column types; a null value array stands for an empty (0-byte) value. */
  private static Row rowOf(List<DataType> types, byte[][] values) {
    List<ColumnDefinition> columns = new ArrayList<>();
    int size = 0;
    for (int i = 0; i < types.size(); i++) {
      columns.add(new ColumnDefinition("ks", "t", "c" + i, types.get(i)));
      size += 4 + (values[i] == null ? 0 : values[i].length);
    }
    ByteBuffer cells = ByteBuffer.allocate(size);
    for (byte[] value : values) {
      byte[] bytes = value == null ? new byte[0] : value;
      cells.putInt(bytes.length).put(bytes);
    }
    RowsMetadata metadata = new RowsMetadata(null, types.size(), null, null, null);
    return new Row(
        new ColumnDefinitions(columns),
        RowsResult.of(metadata, 1, cells.array()),
        0,
        CodecRegistry.DEFAULT);
  }
}
