package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.type.DataTypes;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RowsResultTest {
  private static final byte[] ROWS =
      Bytes.builder()
          .bytes(new byte[] {0, 0, 0, 1}) // row 0: k = 1
          .bytes(Bytes.ascii("a")) //        v = 'a'
          .bytes(new byte[] {0, 0, 0, 2}) // row 1: k = 2
          .int32(-1) //                      v = null
          .build();

  private static Bytes rowsWithGlobalSpec(int flags) {
    return Bytes.builder().int32(Result.ROWS).int32(0x0001 | flags).int32(2);
  }

  private static Bytes columns(Bytes bytes) {
    return bytes.string("ks").string("t").string("k").int16(0x0009).string("v").int16(0x000D);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_metadata_and_index_every_cell(ProtocolVersion version) {
    byte[] body = columns(rowsWithGlobalSpec(0)).int32(2).raw(ROWS).build();
    RowsResult rows = (RowsResult) decode(body, version, Result::decode);

    assertThat(rows.kind()).isEqualTo(Result.ROWS);
    assertThat(rows.rowCount()).isEqualTo(2);
    assertThat(rows.columnCount()).isEqualTo(2);
    assertThat(rows.metadata().columns())
        .containsExactly(
            new ColumnSpec("ks", "t", "k", DataTypes.INT),
            new ColumnSpec("ks", "t", "v", DataTypes.TEXT));
    assertThat(rows.metadata().hasMorePages()).isFalse();
    assertThat(rows.data()).isEqualTo(ROWS);
    assertThat(rows.cellOffset(0, 0)).isZero();
    assertThat(rows.cellOffset(0, 1)).isEqualTo(8);
    assertThat(rows.cellOffset(1, 0)).isEqualTo(13);
    assertThat(rows.cellOffset(1, 1)).isEqualTo(21);
    assertThat(rows.cell(0, 1)).isEqualTo(ByteBuffer.wrap(Bytes.ascii("a")));
    assertThat(rows.cell(1, 1)).isNull();
    assertThatThrownBy(() -> rows.cellOffset(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_per_column_table_specs_and_a_paging_state(ProtocolVersion version) {
    byte[] body =
        Bytes.builder()
            .int32(Result.ROWS)
            .int32(0x0002)
            .int32(1)
            .bytes(new byte[] {7, 7})
            .string("ks")
            .string("t")
            .string("k")
            .int16(0x0009)
            .int32(0)
            .build();
    RowsResult rows = (RowsResult) decode(body, version, Result::decode);
    assertThat(rows.metadata().pagingState()).isEqualTo(ByteBuffer.wrap(new byte[] {7, 7}));
    assertThat(rows.metadata().columns())
        .containsExactly(new ColumnSpec("ks", "t", "k", DataTypes.INT));
    assertThat(rows.rowCount()).isZero();
    assertThat(rows.data()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_no_metadata_rows(ProtocolVersion version) {
    byte[] body =
        Bytes.builder().int32(Result.ROWS).int32(0x0004).int32(2).int32(2).raw(ROWS).build();
    RowsResult rows = (RowsResult) decode(body, version, Result::decode);
    assertThat(rows.metadata().columns()).isNull();
    assertThat(rows.metadata().columnCount()).isEqualTo(2);
    assertThat(rows.cellOffset(1, 1)).isEqualTo(21);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_share_the_metadata_of_single_pages_without_column_specs(ProtocolVersion version) {
    byte[] body =
        Bytes.builder().int32(Result.ROWS).int32(0x0004).int32(2).int32(2).raw(ROWS).build();
    RowsResult first = (RowsResult) decode(body, version, Result::decode);
    RowsResult second = (RowsResult) decode(body, version, Result::decode);
    assertThat(second.metadata()).isSameAs(first.metadata()).isSameAs(RowsMetadata.noMetadata(2));
    assertThat(RowsMetadata.noMetadata(1000).columnCount()).isEqualTo(1000);
  }

  @Test
  void should_keep_a_paging_state_when_the_metadata_is_skipped() {
    byte[] body =
        Bytes.builder()
            .int32(Result.ROWS)
            .int32(0x0004 | 0x0002)
            .int32(2)
            .bytes(new byte[] {7})
            .int32(2)
            .raw(ROWS)
            .build();
    RowsResult rows = (RowsResult) decode(body, ProtocolVersion.V4, Result::decode);
    assertThat(rows.metadata().pagingState()).isEqualTo(ByteBuffer.wrap(new byte[] {7}));
    assertThat(rows.metadata()).isNotSameAs(RowsMetadata.noMetadata(2));
  }

  @Test
  void should_locate_cells_in_any_order() {
    // 50 rows of 3 cells of varying length (some null): expected offsets by a straight walk.
    Bytes builder = Bytes.builder();
    int[] expected = new int[150];
    int offset = 0;
    for (int cell = 0; cell < 150; cell++) {
      expected[cell] = offset;
      if (cell % 7 == 3) {
        builder.int32(-1);
        offset += 4;
      } else {
        builder.bytes(new byte[cell % 5]);
        offset += 4 + cell % 5;
      }
    }
    RowsResult rows =
        RowsResult.of(new RowsMetadata(null, 3, null, null, null), 50, builder.build());
    java.util.Random random = new java.util.Random(42);
    for (int i = 0; i < 2000; i++) {
      int row = i < 150 ? i / 3 : random.nextInt(50);
      int column = i < 150 ? i % 3 : random.nextInt(3);
      assertThat(rows.cellOffset(row, column)).isEqualTo(expected[row * 3 + column]);
    }
    for (int row = 49; row >= 0; row--) {
      for (int column = 2; column >= 0; column--) {
        assertThat(rows.cellOffset(row, column)).isEqualTo(expected[row * 3 + column]);
      }
    }
  }

  @Test
  void should_locate_cells_from_several_threads_at_once() throws Exception {
    Bytes builder = Bytes.builder();
    for (int cell = 0; cell < 400; cell++) {
      builder.bytes(new byte[cell % 9]);
    }
    RowsResult rows =
        RowsResult.of(new RowsMetadata(null, 4, null, null, null), 100, builder.build());
    int[] expected = new int[400];
    for (int cell = 1; cell < 400; cell++) {
      expected[cell] = expected[cell - 1] + 4 + (cell - 1) % 9;
    }
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Integer>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int seed = t;
        results.add(
            pool.submit(
                () -> {
                  java.util.Random random = new java.util.Random(seed);
                  int wrong = 0;
                  for (int i = 0; i < 20_000; i++) {
                    int cell = random.nextInt(400);
                    if (rows.cellOffset(cell / 4, cell % 4) != expected[cell]) {
                      wrong++;
                    }
                  }
                  return wrong;
                }));
      }
      for (java.util.concurrent.Future<Integer> result : results) {
        assertThat(result.get(30, java.util.concurrent.TimeUnit.SECONDS)).isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void should_decode_a_new_metadata_id_in_v5() {
    byte[] body =
        columns(rowsWithGlobalSpec(0x0008).shortBytes(new byte[] {4, 2}))
            .int32(2)
            .raw(ROWS)
            .build();
    RowsResult rows = (RowsResult) decode(body, ProtocolVersion.V5, Result::decode);
    assertThat(rows.metadata().newMetadataId()).containsExactly(4, 2);
    assertThat(rows.metadata().columns()).hasSize(2);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_refuse_rows_that_overrun_the_body(ProtocolVersion version) {
    byte[] truncated = columns(rowsWithGlobalSpec(0)).int32(3).raw(ROWS).build();
    assertThatThrownBy(() -> decode(truncated, version, Result::decode))
        .isInstanceOf(RuntimeException.class);
    byte[] absurd = columns(rowsWithGlobalSpec(0)).int32(Integer.MAX_VALUE).build();
    assertThatThrownBy(() -> decode(absurd, version, Result::decode))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_build_a_result_from_encoded_rows() {
    RowsMetadata metadata = new RowsMetadata(null, 2, null, null, null);
    RowsResult rows = RowsResult.of(metadata, 2, ROWS);
    assertThat(rows.cellOffset(1, 0)).isEqualTo(13);
    assertThatThrownBy(() -> RowsResult.of(metadata, 1, ROWS))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
