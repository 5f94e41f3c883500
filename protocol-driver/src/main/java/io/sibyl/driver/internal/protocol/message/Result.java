package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Response;

/**
 * RESULT (spec section 4.2.5): the outcome of QUERY, PREPARE, EXECUTE or BATCH. Body: the kind
 * [int], then the kind's fields.
 */
public sealed interface Result extends Response
    permits VoidResult, RowsResult, SetKeyspaceResult, PreparedResult, SchemaChangeResult {
  /** Kind: nothing to return. */
  int VOID = 0x0001;

  /** Kind: rows. */
  int ROWS = 0x0002;

  /** Kind: the result of USE. */
  int SET_KEYSPACE = 0x0003;

  /** Kind: the result of PREPARE. */
  int PREPARED = 0x0004;

  /** Kind: the result of a schema change. */
  int SCHEMA_CHANGE = 0x0005;

  @Override
  default int opcode() {
    return Opcode.RESULT;
  }

  /** The result kind (the constants of this interface). */
  int kind();

  /**
   * Decodes the body.
   *
   * @throws IllegalArgumentException for a kind the spec does not define
   */
  static Result decode(ByteBuf body, ProtocolVersion version) {
    int kind = body.readInt();
    return switch (kind) {
      case VOID -> VoidResult.INSTANCE;
      case ROWS -> RowsResult.decode(body, version);
      case SET_KEYSPACE -> SetKeyspaceResult.decode(body, version);
      case PREPARED -> PreparedResult.decode(body, version);
      case SCHEMA_CHANGE -> SchemaChangeResult.decode(body, version);
      default -> throw new IllegalArgumentException("unknown RESULT kind " + kind);
    };
  }
}
