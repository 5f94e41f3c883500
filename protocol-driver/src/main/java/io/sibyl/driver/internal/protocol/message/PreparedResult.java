package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Primitives;

/**
 * The Prepared RESULT (spec section 4.2.5.4). Body after the kind: {@code
 * <id>[<result_metadata_id>] <metadata><result_metadata>}, the result metadata id in v5 only.
 *
 * @param id the prepared statement id
 * @param resultMetadataId the id of the result metadata (v5), else null
 * @param variables the bind markers, with partition key indices
 * @param resultMetadata the columns the statement returns (possibly empty, or without metadata)
 */
public record PreparedResult(
    byte[] id, byte[] resultMetadataId, RowsMetadata variables, RowsMetadata resultMetadata)
    implements Result {

  /** Decodes the fields after the kind. */
  public static PreparedResult decode(ByteBuf body, ProtocolVersion version) {
    byte[] id = Primitives.readShortBytes(body);
    byte[] resultMetadataId =
        version == ProtocolVersion.V5 ? Primitives.readShortBytes(body) : null;
    RowsMetadata variables = RowsMetadata.decodeVariables(body, version);
    RowsMetadata resultMetadata = RowsMetadata.decodeResult(body, version);
    return new PreparedResult(id, resultMetadataId, variables, resultMetadata);
  }

  @Override
  public int kind() {
    return PREPARED;
  }

  @Override
  public String toString() {
    return "RESULT Prepared[id=0x"
        + ByteBufUtil.hexDump(id)
        + ", variables="
        + variables
        + ", resultMetadata="
        + resultMetadata
        + "]";
  }
}
