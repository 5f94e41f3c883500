package io.sibyl.bench.responder;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.sibyl.bench.responder.CannedStatement.Column;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.message.Result;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.PrimitiveType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;

/**
 * Encodes the response bodies the responder sends (spec sections 4.2.1 to 4.2.5), the mirror image
 * of the driver's decoders. Bodies are encoded once into byte arrays and copied per answer.
 */
public final class ResultBodies {
  private static final int LIST = 0x0020;
  private static final int MAP = 0x0021;
  private static final int SET = 0x0022;

  private ResultBodies() {}

  /** An empty body (READY). */
  public static byte[] empty() {
    return new byte[0];
  }

  /** A SUPPORTED body. */
  public static byte[] supported(Map<String, List<String>> options) {
    return encode(out -> Primitives.writeStringMultimap(out, options));
  }

  /** An ERROR body: a code and a message. */
  public static byte[] error(int code, String message) {
    return encode(
        out -> {
          out.writeInt(code);
          Primitives.writeString(out, message);
        });
  }

  /** A Void RESULT body. */
  public static byte[] voidResult() {
    return encode(out -> out.writeInt(Result.VOID));
  }

  /** A Set_keyspace RESULT body. */
  public static byte[] setKeyspace(String keyspace) {
    return encode(
        out -> {
          out.writeInt(Result.SET_KEYSPACE);
          Primitives.writeString(out, keyspace);
        });
  }

  /**
   * A Rows RESULT body.
   *
   * @param withMetadata false to set No_metadata (the client asked to skip it)
   */
  public static byte[] rows(
      String keyspace,
      String table,
      List<Column> columns,
      List<List<Object>> rows,
      boolean withMetadata) {
    return encode(
        out -> {
          out.writeInt(Result.ROWS);
          writeResultMetadata(out, keyspace, table, columns, withMetadata);
          out.writeInt(rows.size());
          for (List<Object> row : rows) {
            for (int i = 0; i < columns.size(); i++) {
              writeCell(out, columns.get(i).type(), row.get(i));
            }
          }
        });
  }

  /** A Prepared RESULT body; the result metadata id is written in v5 only. */
  public static byte[] prepared(
      CannedStatement statement, byte[] id, byte[] resultMetadataId, ProtocolVersion version) {
    return encode(
        out -> {
          out.writeInt(Result.PREPARED);
          Primitives.writeShortBytes(out, id);
          if (version == ProtocolVersion.V5) {
            Primitives.writeShortBytes(out, resultMetadataId);
          }
          List<Column> variables = statement.variables();
          out.writeInt(variables.isEmpty() ? 0 : RowsMetadata.FLAG_GLOBAL_TABLES_SPEC);
          out.writeInt(variables.size());
          out.writeInt(statement.partitionKeyIndices().length);
          for (int index : statement.partitionKeyIndices()) {
            out.writeShort(index);
          }
          writeColumns(out, statement.keyspace(), statement.table(), variables);
          writeResultMetadata(
              out, statement.keyspace(), statement.table(), statement.resultColumns(), true);
        });
  }

  private static void writeResultMetadata(
      ByteBuf out, String keyspace, String table, List<Column> columns, boolean withMetadata) {
    if (!withMetadata) {
      out.writeInt(RowsMetadata.FLAG_NO_METADATA);
      out.writeInt(columns.size());
      return;
    }
    out.writeInt(columns.isEmpty() ? 0 : RowsMetadata.FLAG_GLOBAL_TABLES_SPEC);
    out.writeInt(columns.size());
    writeColumns(out, keyspace, table, columns);
  }

  private static void writeColumns(
      ByteBuf out, String keyspace, String table, List<Column> columns) {
    if (columns.isEmpty()) {
      return;
    }
    Primitives.writeString(out, keyspace);
    Primitives.writeString(out, table);
    for (Column column : columns) {
      Primitives.writeString(out, column.name());
      writeType(out, column.type());
    }
  }

  /** Writes a type as an [option]: primitives, lists, sets and maps. */
  static void writeType(ByteBuf out, DataType type) {
    if (type instanceof PrimitiveType primitive) {
      out.writeShort(primitive.protocolCode());
    } else if (type instanceof ListType list) {
      out.writeShort(LIST);
      writeType(out, list.elementType());
    } else if (type instanceof SetType set) {
      out.writeShort(SET);
      writeType(out, set.elementType());
    } else if (type instanceof MapType map) {
      out.writeShort(MAP);
      writeType(out, map.keyType());
      writeType(out, map.valueType());
    } else {
      throw new IllegalArgumentException("The responder cannot describe type " + type.asCql());
    }
  }

  private static void writeCell(ByteBuf out, DataType type, Object value) {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    ByteBuffer bytes = CodecRegistry.DEFAULT.codecFor(type, value).encode(value);
    Primitives.writeBytes(out, bytes);
  }

  private interface BodyWriter {
    void write(ByteBuf out);
  }

  private static byte[] encode(BodyWriter writer) {
    ByteBuf out = Unpooled.buffer();
    try {
      writer.write(out);
      return ByteBufUtil.getBytes(out);
    } finally {
      out.release();
    }
  }
}
