package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.RowData;
import java.nio.ByteBuffer;

/**
 * The Rows RESULT (spec section 4.2.5.2): metadata, then {@code rowCount * columnCount} [bytes]
 * cells, row by row. The cells stay encoded in {@link #data()}, an owned copy of the rows content
 * taken in one copy; {@link #cellOffset} locates each cell through an index built once at decode
 * time. Rows are decoded lazily from these bytes.
 */
public final class RowsResult implements Result, RowData {
  private final RowsMetadata metadata;
  private final int rowCount;
  private final byte[] data;
  private final int[] cellOffsets;

  private RowsResult(RowsMetadata metadata, int rowCount, byte[] data, int[] cellOffsets) {
    this.metadata = metadata;
    this.rowCount = rowCount;
    this.data = data;
    this.cellOffsets = cellOffsets;
  }

  /**
   * Creates a result from already encoded rows content, indexing its cells.
   *
   * @throws IllegalArgumentException if {@code data} does not hold exactly {@code rowCount} rows of
   *     {@code metadata.columnCount()} cells
   */
  public static RowsResult of(RowsMetadata metadata, int rowCount, byte[] data) {
    ByteBuf wrapped = Unpooled.wrappedBuffer(data);
    int[] offsets = indexCells(wrapped, 0, rowCount, metadata.columnCount());
    int end = endOfCells(wrapped, offsets, 0);
    if (end != data.length) {
      throw new IllegalArgumentException(
          (data.length - end) + " bytes left over after " + rowCount + " rows");
    }
    return new RowsResult(metadata, rowCount, data, offsets);
  }

  /** Decodes the fields after the kind. The body's bytes are copied, never retained. */
  public static RowsResult decode(ByteBuf body, ProtocolVersion version) {
    RowsMetadata metadata = RowsMetadata.decodeResult(body, version);
    int rowCount = body.readInt();
    if (rowCount < 0) {
      throw new IllegalArgumentException("negative row count " + rowCount);
    }
    int start = body.readerIndex();
    int[] offsets = indexCells(body, start, rowCount, metadata.columnCount());
    int end = endOfCells(body, offsets, start);
    byte[] data = new byte[end - start];
    body.readBytes(data);
    return new RowsResult(metadata, rowCount, data, offsets);
  }

  /** Indexes the cells starting at {@code start}; offsets are relative to {@code start}. */
  private static int[] indexCells(ByteBuf in, int start, int rowCount, int columnCount) {
    if (columnCount == 0 && rowCount > 0) {
      // Rows without cells cost no bytes: the count alone would size the caller's row list.
      throw new IllegalArgumentException(rowCount + " rows announced without any column");
    }
    // Both counts are non-negative ints, so the product cannot overflow a long; comparing with the
    // bytes / 4 (every cell has at least its 4-byte length) cannot overflow either.
    long cellCount = (long) rowCount * columnCount;
    if (cellCount > (in.writerIndex() - start) / 4) {
      throw new IllegalArgumentException(
          rowCount
              + " rows of "
              + columnCount
              + " columns cannot fit in the "
              + (in.writerIndex() - start)
              + " bytes left in the body");
    }
    int[] offsets = new int[(int) cellCount];
    int position = start;
    int limit = in.writerIndex();
    for (int i = 0; i < offsets.length; i++) {
      if (limit - position < 4) {
        throw new IndexOutOfBoundsException("rows content truncated at cell " + i);
      }
      offsets[i] = position - start;
      int length = in.getInt(position);
      position += 4;
      if (length > 0) {
        if (length > limit - position) {
          throw new IndexOutOfBoundsException(
              "cell "
                  + i
                  + " announces "
                  + length
                  + " bytes, only "
                  + (limit - position)
                  + " left");
        }
        position += length;
      }
    }
    return offsets;
  }

  private static int endOfCells(ByteBuf in, int[] offsets, int start) {
    if (offsets.length == 0) {
      return start;
    }
    int last = start + offsets[offsets.length - 1];
    int length = in.getInt(last);
    return last + 4 + Math.max(length, 0);
  }

  @Override
  public int kind() {
    return ROWS;
  }

  /** The metadata: columns (unless skipped), paging state, new metadata id. */
  public RowsMetadata metadata() {
    return metadata;
  }

  /** The number of rows. */
  @Override
  public int rowCount() {
    return rowCount;
  }

  /** The number of cells per row. */
  public int columnCount() {
    return metadata.columnCount();
  }

  /** The rows content, owned by this result: do not modify. */
  @Override
  public byte[] data() {
    return data;
  }

  /**
   * The offset in {@link #data()} of a cell's 4-byte big-endian length (-1 or any negative value:
   * null); the cell's bytes follow it.
   */
  @Override
  public int cellOffset(int row, int column) {
    if (row < 0 || row >= rowCount || column < 0 || column >= metadata.columnCount()) {
      throw new IndexOutOfBoundsException(
          "cell (" + row + ", " + column + ") outside " + rowCount + " x " + columnCount());
    }
    return cellOffsets[row * metadata.columnCount() + column];
  }

  /** A read-only view of a cell's bytes, or null for a null cell. */
  public ByteBuffer cell(int row, int column) {
    int offset = cellOffset(row, column);
    int length =
        ((data[offset] & 0xFF) << 24)
            | ((data[offset + 1] & 0xFF) << 16)
            | ((data[offset + 2] & 0xFF) << 8)
            | (data[offset + 3] & 0xFF);
    return length < 0 ? null : ByteBuffer.wrap(data, offset + 4, length).slice().asReadOnlyBuffer();
  }

  @Override
  public String toString() {
    return "RESULT Rows[" + rowCount + " rows, " + metadata + "]";
  }
}
