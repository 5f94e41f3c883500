package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Primitives;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The {@code <metadata>} of a Rows result (spec section 4.2.5.2) or of a Prepared result's bind
 * variables (section 4.2.5.4).
 *
 * @param columns the column specifications; null when the server set No_metadata
 * @param columnCount the number of columns (also when {@code columns} is null)
 * @param pagingState the state to fetch the next page with, null on the last page
 * @param newMetadataId the new result metadata id when Metadata_changed is set (v5), else null
 * @param partitionKeyIndices for bind variables, the marker index of each partition key column
 *     (empty if some are not bound); null for result metadata
 */
public record RowsMetadata(
    List<ColumnSpec> columns,
    int columnCount,
    ByteBuffer pagingState,
    byte[] newMetadataId,
    int[] partitionKeyIndices) {

  /** Flag: one table spec for all columns. */
  public static final int FLAG_GLOBAL_TABLES_SPEC = 0x0001;

  /** Flag: a paging state follows. */
  public static final int FLAG_HAS_MORE_PAGES = 0x0002;

  /** Flag: no column specs follow. */
  public static final int FLAG_NO_METADATA = 0x0004;

  /** Flag (v5): the result metadata changed; a new metadata id follows. */
  public static final int FLAG_METADATA_CHANGED = 0x0008;

  /** Shared metadata of single-page results without column specs, by column count. */
  private static final RowsMetadata[] NO_METADATA = new RowsMetadata[64];

  static {
    for (int i = 0; i < NO_METADATA.length; i++) {
      NO_METADATA[i] = new RowsMetadata(null, i, null, null, null);
    }
  }

  /**
   * The metadata of a result page without column specs, paging state or new metadata id: a shared
   * instance for the usual column counts, since such a response carries nothing else.
   */
  public static RowsMetadata noMetadata(int columnCount) {
    return columnCount < NO_METADATA.length
        ? NO_METADATA[columnCount]
        : new RowsMetadata(null, columnCount, null, null, null);
  }

  /** Whether there is another page to fetch. */
  public boolean hasMorePages() {
    return pagingState != null;
  }

  /**
   * Decodes result metadata: {@code <flags><columns_count>[<paging_state>][<new_metadata_id>]
   * [<global_table_spec>?<col_spec_1>...<col_spec_n>]}.
   */
  public static RowsMetadata decodeResult(ByteBuf in, ProtocolVersion version) {
    int flags = in.readInt();
    int columnCount = readCount(in, "column count");
    ByteBuffer pagingState = (flags & FLAG_HAS_MORE_PAGES) != 0 ? Primitives.readBytes(in) : null;
    byte[] newMetadataId =
        (flags & FLAG_METADATA_CHANGED) != 0 && version == ProtocolVersion.V5
            ? Primitives.readShortBytes(in)
            : null;
    if ((flags & FLAG_NO_METADATA) != 0 && pagingState == null && newMetadataId == null) {
      // Skipped metadata (a prepared statement's single page): nothing per response to keep.
      return noMetadata(columnCount);
    }
    List<ColumnSpec> columns =
        (flags & FLAG_NO_METADATA) != 0 ? null : readColumns(in, flags, columnCount, version);
    return new RowsMetadata(columns, columnCount, pagingState, newMetadataId, null);
  }

  /**
   * Decodes bind variables metadata: {@code <flags><columns_count><pk_count>[<pk_index_1>...]
   * [<global_table_spec>?<col_spec_1>...<col_spec_n>]}.
   */
  public static RowsMetadata decodeVariables(ByteBuf in, ProtocolVersion version) {
    int flags = in.readInt();
    int columnCount = readCount(in, "column count");
    int pkCount = readCount(in, "partition key count");
    if (pkCount > in.readableBytes() / 2) {
      throw new IllegalArgumentException("partition key count " + pkCount + " exceeds the body");
    }
    int[] pkIndices = new int[pkCount];
    for (int i = 0; i < pkCount; i++) {
      pkIndices[i] = in.readUnsignedShort();
    }
    List<ColumnSpec> columns = readColumns(in, flags, columnCount, version);
    return new RowsMetadata(columns, columnCount, null, null, pkIndices);
  }

  private static List<ColumnSpec> readColumns(
      ByteBuf in, int flags, int columnCount, ProtocolVersion version) {
    boolean global = (flags & FLAG_GLOBAL_TABLES_SPEC) != 0;
    String keyspace = global ? Primitives.readString(in) : null;
    String table = global ? Primitives.readString(in) : null;
    // Each spec needs at least a name and a type id: 4 bytes.
    if (columnCount > in.readableBytes() / 4) {
      throw new IllegalArgumentException("column count " + columnCount + " exceeds the body");
    }
    List<ColumnSpec> columns = new ArrayList<>(columnCount);
    for (int i = 0; i < columnCount; i++) {
      String columnKeyspace = global ? keyspace : Primitives.readString(in);
      String columnTable = global ? table : Primitives.readString(in);
      String name = Primitives.readString(in);
      columns.add(
          new ColumnSpec(columnKeyspace, columnTable, name, DataTypeDecoder.decode(in, version)));
    }
    return Collections.unmodifiableList(columns);
  }

  private static int readCount(ByteBuf in, String what) {
    int count = in.readInt();
    if (count < 0) {
      throw new IllegalArgumentException("negative " + what + ": " + count);
    }
    return count;
  }

  @Override
  public String toString() {
    return "RowsMetadata[columns="
        + (columns == null ? "none (" + columnCount + ")" : columns)
        + (pagingState != null ? ", has more pages" : "")
        + (newMetadataId != null ? ", metadata changed" : "")
        + "]";
  }
}
