package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;
import java.util.Objects;

/**
 * EXECUTE (spec section 4.1.6). Body: {@code <id><query_parameters>} in v4; {@code
 * <id><result_metadata_id><query_parameters>} in v5, both ids [short bytes].
 *
 * @param queryId the prepared statement id
 * @param resultMetadataIdOrNull the result metadata id (required in v5, ignored in v4)
 * @param options the query parameters
 */
public record Execute(byte[] queryId, byte[] resultMetadataIdOrNull, QueryOptions options)
    implements Request {
  /** Checks the components. */
  public Execute {
    Objects.requireNonNull(queryId, "queryId");
    Objects.requireNonNull(options, "options");
  }

  @Override
  public int opcode() {
    return Opcode.EXECUTE;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    int size = Primitives.sizeOfShortBytes(queryId) + options.encodedSize(version);
    if (version != ProtocolVersion.V4) {
      size += Primitives.sizeOfShortBytes(checkedResultMetadataId());
    }
    return size;
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {
    Primitives.writeShortBytes(out, queryId);
    if (version != ProtocolVersion.V4) {
      Primitives.writeShortBytes(out, checkedResultMetadataId());
    }
    options.encode(out, version);
  }

  private byte[] checkedResultMetadataId() {
    if (resultMetadataIdOrNull == null) {
      throw new IllegalArgumentException(
          "EXECUTE on protocol v5 needs the result metadata id of the PREPARED result");
    }
    return resultMetadataIdOrNull;
  }

  @Override
  public String toString() {
    return "EXECUTE 0x" + ByteBufUtil.hexDump(queryId);
  }
}
