package io.sibyl.driver.internal.request;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Statement;
import io.sibyl.driver.internal.protocol.BoundValues;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.session.SessionConfig;
import java.nio.ByteBuffer;

/**
 * A QUERY or EXECUTE message that writes its {@code <query_parameters>} (spec section 4.1.4)
 * straight from its statement and the session's defaults, so that a request is one object: no
 * {@link QueryOptions} copy. Consistency, page size, serial consistency, keyspace and
 * now_in_seconds are read from the statement when the message is encoded (statements are
 * immutable); the paging state and the timestamp are fixed when the message is built. Writes the
 * same bytes as the protocol's {@code Query}/{@code Execute} with the equivalent options.
 */
abstract sealed class StatementMessage implements Request
    permits StatementMessage.QueryMessage, StatementMessage.ExecuteMessage {
  private final Statement<?> statement;
  private final SessionConfig config;
  private final ByteBuffer pagingState;
  private final long timestamp;

  /**
   * @param timestamp the default timestamp in microseconds, {@link QueryOptions#NO_TIMESTAMP} for
   *     none
   */
  StatementMessage(Statement<?> statement, SessionConfig config, long timestamp) {
    this.statement = statement;
    this.config = config;
    this.pagingState = statement.pagingState();
    this.timestamp = timestamp;
  }

  /** The default timestamp this message sends, {@link QueryOptions#NO_TIMESTAMP} for none. */
  final long timestamp() {
    return timestamp;
  }

  /** The statement this message was built from. */
  final Statement<?> statement() {
    return statement;
  }

  /** The number of values. */
  abstract int valueCount();

  /** Whether each value is preceded by its name. */
  abstract boolean namedValues();

  /** Whether the server may omit the result metadata. */
  abstract boolean skipMetadata();

  /** The size of the values (names included), without their [short] count. */
  abstract int valuesSize();

  /** Writes the values (names included), without their [short] count. */
  abstract void writeValues(ByteBuf out);

  /** The {@code <query_parameters>} flags. */
  final int flags() {
    int flags = 0;
    if (valueCount() > 0) {
      flags |= QueryOptions.FLAG_VALUES;
      if (namedValues()) {
        flags |= QueryOptions.FLAG_NAMES_FOR_VALUES;
      }
    }
    if (skipMetadata()) {
      flags |= QueryOptions.FLAG_SKIP_METADATA;
    }
    if (pageSize() > 0) {
      flags |= QueryOptions.FLAG_PAGE_SIZE;
    }
    if (pagingState != null) {
      flags |= QueryOptions.FLAG_PAGING_STATE;
    }
    flags |= QueryOptions.FLAG_SERIAL_CONSISTENCY; // the session always has a serial default
    if (timestamp != QueryOptions.NO_TIMESTAMP) {
      flags |= QueryOptions.FLAG_DEFAULT_TIMESTAMP;
    }
    if (statement.keyspace() != null) {
      flags |= QueryOptions.FLAG_WITH_KEYSPACE;
    }
    if (statement.nowInSeconds() != Statement.NO_NOW_IN_SECONDS) {
      flags |= QueryOptions.FLAG_WITH_NOW_IN_SECONDS;
    }
    return flags;
  }

  /** The size of the {@code <query_parameters>} for {@code version}. */
  final int parametersSize(ProtocolVersion version) {
    int size = 2 + (version == ProtocolVersion.V4 ? 1 : 4);
    if (valueCount() > 0) {
      size += 2 + valuesSize();
    }
    if (pageSize() > 0) {
      size += 4;
    }
    if (pagingState != null) {
      size += Primitives.sizeOfBytes(pagingState);
    }
    size += 2; // serial consistency
    if (timestamp != QueryOptions.NO_TIMESTAMP) {
      size += 8;
    }
    String keyspace = statement.keyspace();
    if (keyspace != null) {
      checkV5(version);
      size += Primitives.sizeOfString(keyspace);
    }
    if (statement.nowInSeconds() != Statement.NO_NOW_IN_SECONDS) {
      checkV5(version);
      size += 4;
    }
    return size;
  }

  /** Writes the {@code <query_parameters>} for {@code version}. */
  final void writeParameters(ByteBuf out, ProtocolVersion version) {
    int flags = flags();
    if (version == ProtocolVersion.V4) {
      if ((flags & (QueryOptions.FLAG_WITH_KEYSPACE | QueryOptions.FLAG_WITH_NOW_IN_SECONDS))
          != 0) {
        checkV5(version);
      }
      Primitives.writeConsistency(out, consistency());
      out.writeByte(flags);
    } else {
      Primitives.writeConsistency(out, consistency());
      out.writeInt(flags);
    }
    if ((flags & QueryOptions.FLAG_VALUES) != 0) {
      Primitives.writeShort(out, valueCount());
      writeValues(out);
    }
    if ((flags & QueryOptions.FLAG_PAGE_SIZE) != 0) {
      out.writeInt(pageSize());
    }
    if ((flags & QueryOptions.FLAG_PAGING_STATE) != 0) {
      Primitives.writeBytes(out, pagingState);
    }
    Primitives.writeConsistency(out, serialConsistency());
    if ((flags & QueryOptions.FLAG_DEFAULT_TIMESTAMP) != 0) {
      out.writeLong(timestamp);
    }
    if ((flags & QueryOptions.FLAG_WITH_KEYSPACE) != 0) {
      Primitives.writeString(out, statement.keyspace());
    }
    if ((flags & QueryOptions.FLAG_WITH_NOW_IN_SECONDS) != 0) {
      out.writeInt(statement.nowInSeconds());
    }
  }

  /** The [consistency] code: the statement's, else the session's. */
  final int consistency() {
    Consistency level = statement.consistency();
    return (level != null ? level : config.consistency()).code();
  }

  /** The serial [consistency] code: the statement's, else the session's. */
  final int serialConsistency() {
    Consistency level = statement.serialConsistency();
    return (level != null ? level : config.serialConsistency()).code();
  }

  /** The page size: the statement's, else the session's. */
  final int pageSize() {
    int own = statement.pageSize();
    return own > 0 ? own : config.pageSize();
  }

  private static void checkV5(ProtocolVersion version) {
    if (version == ProtocolVersion.V4) {
      throw new IllegalArgumentException(
          "A per-query keyspace and now_in_seconds need protocol v5; on v4 qualify table names"
              + " instead");
    }
  }

  /** QUERY (spec section 4.1.4): {@code <query><query_parameters>}, values encoded up front. */
  static final class QueryMessage extends StatementMessage {
    private final String query;
    private final ByteBuffer[] values;
    private final String[] names;

    /**
     * @param values the values, null for none; a null element is a null value
     * @param names the values' names one for one, or null for positional values
     */
    QueryMessage(
        Statement<?> statement,
        SessionConfig config,
        long timestamp,
        String query,
        ByteBuffer[] values,
        String[] names) {
      super(statement, config, timestamp);
      this.query = query;
      this.values = values;
      this.names = names;
    }

    @Override
    public int opcode() {
      return Opcode.QUERY;
    }

    @Override
    public int encodedSize(ProtocolVersion version) {
      return Primitives.sizeOfLongString(query) + parametersSize(version);
    }

    @Override
    public void encode(ByteBuf out, ProtocolVersion version) {
      Primitives.writeLongString(out, query);
      writeParameters(out, version);
    }

    @Override
    int valueCount() {
      return values == null ? 0 : values.length;
    }

    @Override
    boolean namedValues() {
      return names != null;
    }

    @Override
    boolean skipMetadata() {
      return false;
    }

    @Override
    int valuesSize() {
      int size = 0;
      for (int i = 0; i < values.length; i++) {
        if (names != null) {
          size += Primitives.sizeOfString(names[i]);
        }
        size += Primitives.sizeOfValue(values[i]);
      }
      return size;
    }

    @Override
    void writeValues(ByteBuf out) {
      for (int i = 0; i < values.length; i++) {
        if (names != null) {
          Primitives.writeString(out, names[i]);
        }
        Primitives.writeValue(out, values[i]);
      }
    }

    @Override
    public String toString() {
      return "QUERY \"" + query + "\"";
    }
  }

  /**
   * EXECUTE (spec section 4.1.6): {@code <id><query_parameters>} in v4, {@code
   * <id><result_metadata_id><query_parameters>} in v5; the values written from the bound
   * statement's serialized store.
   */
  static final class ExecuteMessage extends StatementMessage {
    private final byte[] queryId;
    private final byte[] resultMetadataId;
    private final BoundValues values;
    private final boolean skipMetadata;

    /**
     * @param resultMetadataId the result metadata id (v5), null on v4
     */
    ExecuteMessage(
        Statement<?> statement,
        SessionConfig config,
        long timestamp,
        byte[] queryId,
        byte[] resultMetadataId,
        BoundValues values,
        boolean skipMetadata) {
      super(statement, config, timestamp);
      this.queryId = queryId;
      this.resultMetadataId = resultMetadataId;
      this.values = values;
      this.skipMetadata = skipMetadata;
    }

    @Override
    public int opcode() {
      return Opcode.EXECUTE;
    }

    @Override
    public int encodedSize(ProtocolVersion version) {
      int size = Primitives.sizeOfShortBytes(queryId) + parametersSize(version);
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
      writeParameters(out, version);
    }

    private byte[] checkedResultMetadataId() {
      if (resultMetadataId == null) {
        throw new IllegalArgumentException(
            "EXECUTE on protocol v5 needs the result metadata id of the PREPARED result");
      }
      return resultMetadataId;
    }

    @Override
    int valueCount() {
      return values.count();
    }

    @Override
    boolean namedValues() {
      return false;
    }

    @Override
    boolean skipMetadata() {
      return skipMetadata;
    }

    @Override
    int valuesSize() {
      return values.encodedSize();
    }

    @Override
    void writeValues(ByteBuf out) {
      values.writeTo(out);
    }

    @Override
    public String toString() {
      return "EXECUTE 0x" + ByteBufUtil.hexDump(queryId);
    }
  }
}
