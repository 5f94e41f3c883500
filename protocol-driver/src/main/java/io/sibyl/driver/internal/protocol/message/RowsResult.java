package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.RowData;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The Rows RESULT (spec section 4.2.5.2): metadata, then {@code rowCount * columnCount} [bytes]
 * cells, row by row. The cells stay encoded in {@link #data()}, an owned copy of the rows content
 * taken in one copy. Decoding checks that every cell lies inside the content but keeps no index:
 * {@link #cellOffset} walks the cells from the nearest position it remembers (the last cell it
 * located, or the start of that cell's row), so that reading rows in order, column by column, costs
 * one step per cell and no allocation. Rows are decoded lazily from these bytes.
 *
 * <p>Safe for concurrent readers: each remembered position is one {@code long} (cell number and
 * offset) written and read atomically; a stale one is only a slower starting point.
 */
public final class RowsResult implements Result, RowData {
  private static final VarHandle INT_VIEW =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
  private static final VarHandle LAST_CELL;
  private static final VarHandle ROW_START;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      LAST_CELL = lookup.findVarHandle(RowsResult.class, "lastCell", long.class);
      ROW_START = lookup.findVarHandle(RowsResult.class, "rowStart", long.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final RowsMetadata metadata;
  private final int rowCount;
  private final byte[] data;

  /** The last located cell: its number (row * columns + column) in the high half, its offset. */
  @SuppressWarnings("unused") // through LAST_CELL
  private long lastCell;

  /** The first cell of the last row entered: its number in the high half, its offset. */
  @SuppressWarnings("unused") // through ROW_START
  private long rowStart;

  private RowsResult(RowsMetadata metadata, int rowCount, byte[] data) {
    this.metadata = metadata;
    this.rowCount = rowCount;
    this.data = data;
  }

  /**
   * Creates a result from already encoded rows content, checking its cells.
   *
   * @throws IllegalArgumentException if {@code data} does not hold exactly {@code rowCount} rows of
   *     {@code metadata.columnCount()} cells
   */
  public static RowsResult of(RowsMetadata metadata, int rowCount, byte[] data) {
    int end;
    try {
      end = endOfCells(Unpooled.wrappedBuffer(data), 0, rowCount, metadata.columnCount());
    } catch (IndexOutOfBoundsException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
    if (end != data.length) {
      throw new IllegalArgumentException(
          (data.length - end) + " bytes left over after " + rowCount + " rows");
    }
    return new RowsResult(metadata, rowCount, data);
  }

  /** Decodes the fields after the kind. The body's bytes are copied, never retained. */
  public static RowsResult decode(ByteBuf body, ProtocolVersion version) {
    RowsMetadata metadata = RowsMetadata.decodeResult(body, version);
    int rowCount = body.readInt();
    if (rowCount < 0) {
      throw new IllegalArgumentException("negative row count " + rowCount);
    }
    int start = body.readerIndex();
    int end = endOfCells(body, start, rowCount, metadata.columnCount());
    byte[] data = new byte[end - start];
    body.readBytes(data);
    return new RowsResult(metadata, rowCount, data);
  }

  /**
   * Walks the cells starting at {@code start}, checking that each lies inside the readable bytes,
   * and returns the index after the last one.
   */
  private static int endOfCells(ByteBuf in, int start, int rowCount, int columnCount) {
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
    int position = start;
    int limit = in.writerIndex();
    for (int i = 0; i < cellCount; i++) {
      if (limit - position < 4) {
        throw new IndexOutOfBoundsException("rows content truncated at cell " + i);
      }
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
    return position;
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
    int columnCount = metadata.columnCount();
    if (row < 0 || row >= rowCount || column < 0 || column >= columnCount) {
      throw new IndexOutOfBoundsException(
          "cell (" + row + ", " + column + ") outside " + rowCount + " x " + columnCount);
    }
    int target = row * columnCount + column;
    int firstOfRow = target - column;
    long last = (long) LAST_CELL.getOpaque(this);
    int cell = (int) (last >>> 32);
    int offset = (int) last;
    if (cell == target) {
      return offset;
    }
    if (cell > target || cell < firstOfRow) {
      // Behind, or in an earlier row: start from the remembered row start if it is closer.
      long start = (long) ROW_START.getOpaque(this);
      int startCell = (int) (start >>> 32);
      if (startCell <= target && (cell > target || startCell > cell)) {
        cell = startCell;
        offset = (int) start;
      } else if (cell > target) {
        cell = 0;
        offset = 0;
      }
    }
    while (cell < target) {
      if (cell == firstOfRow) {
        ROW_START.setOpaque(this, ((long) cell << 32) | offset);
      }
      offset += 4 + Math.max((int) INT_VIEW.get(data, offset), 0);
      cell++;
    }
    if (cell == firstOfRow) {
      ROW_START.setOpaque(this, ((long) cell << 32) | offset);
    }
    LAST_CELL.setOpaque(this, ((long) cell << 32) | offset);
    return offset;
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
