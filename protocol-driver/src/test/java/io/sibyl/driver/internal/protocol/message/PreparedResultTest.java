package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.type.DataTypes;
import org.junit.jupiter.api.Test;

class PreparedResultTest {
  private static final byte[] ID = {1, 2};

  /** Variables: (k int, c text), both partition key columns, in the order c, k. */
  private static Bytes variablesAndResult(Bytes bytes) {
    return bytes
        .int32(0x0001)
        .int32(2)
        .int32(2)
        .int16(1)
        .int16(0)
        .string("ks")
        .string("t")
        .string("k")
        .int16(0x0009)
        .string("c")
        .int16(0x000D)
        // result metadata: no metadata, 0 columns
        .int32(0x0004)
        .int32(0);
  }

  @Test
  void should_decode_a_v4_prepared_result() {
    byte[] body = variablesAndResult(Bytes.builder().int32(Result.PREPARED).shortBytes(ID)).build();
    PreparedResult prepared = (PreparedResult) decode(body, ProtocolVersion.V4, Result::decode);
    assertThat(prepared.kind()).isEqualTo(Result.PREPARED);
    assertThat(prepared.id()).isEqualTo(ID);
    assertThat(prepared.resultMetadataId()).isNull();
    assertVariables(prepared);
  }

  @Test
  void should_decode_a_v5_prepared_result_with_its_result_metadata_id() {
    byte[] body =
        variablesAndResult(
                Bytes.builder().int32(Result.PREPARED).shortBytes(ID).shortBytes(new byte[] {9}))
            .build();
    PreparedResult prepared = (PreparedResult) decode(body, ProtocolVersion.V5, Result::decode);
    assertThat(prepared.resultMetadataId()).containsExactly(9);
    assertVariables(prepared);
  }

  private static void assertVariables(PreparedResult prepared) {
    RowsMetadata variables = prepared.variables();
    assertThat(variables.partitionKeyIndices()).containsExactly(1, 0);
    assertThat(variables.columns())
        .containsExactly(
            new ColumnSpec("ks", "t", "k", DataTypes.INT),
            new ColumnSpec("ks", "t", "c", DataTypes.TEXT));
    assertThat(prepared.resultMetadata().columns()).isNull();
    assertThat(prepared.resultMetadata().columnCount()).isZero();
    assertThat(prepared.resultMetadata().partitionKeyIndices()).isNull();
  }
}
