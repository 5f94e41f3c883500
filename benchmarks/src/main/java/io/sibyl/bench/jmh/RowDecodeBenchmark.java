package io.sibyl.bench.jmh;

import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.detach.AttachmentPoint;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.internal.core.cql.DefaultColumnDefinition;
import com.datastax.oss.driver.internal.core.cql.DefaultColumnDefinitions;
import com.datastax.oss.driver.internal.core.cql.DefaultRow;
import io.sibyl.driver.BenchmarkAccess;
import io.sibyl.driver.ColumnDefinitions;
import io.sibyl.driver.Row;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading every column of one decoded {@link MixedRow} through the row API, one row per operation:
 * Sibyl's {@link Row} over a decoded page ({@link RowsResult}: one byte array and a cell index),
 * the reference driver's {@code Row} over the per-cell buffers its decoder produces, and the
 * reference driver's codecs applied to the same cells directly (its floor, without the row's codec
 * lookup). How the page itself is decoded is measured by {@link FrameCodecBenchmark}.
 */
@State(Scope.Thread)
public class RowDecodeBenchmark {
  private static final com.datastax.oss.driver.api.core.ProtocolVersion REFERENCE_VERSION =
      DefaultProtocolVersion.V5;

  private ColumnDefinitions sibylColumns;
  private RowsResult sibylPage;
  private com.datastax.oss.driver.api.core.cql.ColumnDefinitions referenceColumns;
  private List<ByteBuffer> referenceCells;
  private com.datastax.oss.driver.api.core.type.codec.TypeCodec<List<String>> referenceTags;

  /** Builds one page of one row for each driver from the same cells. */
  @Setup
  public void setUp() {
    List<ByteBuffer> cells = MixedRow.cells();
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (ByteBuffer cell : cells) {
      byte[] bytes = new byte[cell.remaining()];
      cell.duplicate().get(bytes);
      data.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
      data.writeBytes(bytes);
    }
    sibylPage =
        RowsResult.of(
            new RowsMetadata(MixedRow.sibylSpecs(), cells.size(), null, null, null),
            1,
            data.toByteArray());
    sibylColumns = BenchmarkAccess.definitions(MixedRow.sibylSpecs());

    List<ColumnDefinition> definitions = new ArrayList<>();
    for (var spec : MixedRow.referenceSpecs()) {
      definitions.add(new DefaultColumnDefinition(spec, AttachmentPoint.NONE));
    }
    referenceColumns = DefaultColumnDefinitions.valueOf(definitions);
    referenceCells = cells;
    referenceTags = TypeCodecs.listOf(TypeCodecs.TEXT);
  }

  /** Sibyl: a row over the page, every column read by index. */
  @Benchmark
  public void sibylRow(Blackhole bh) {
    Row row = BenchmarkAccess.row(sibylColumns, sibylPage, 0);
    bh.consume(row.getUuid(0));
    bh.consume(row.getString(1));
    bh.consume(row.getInt(2));
    bh.consume(row.getLong(3));
    bh.consume(row.getDouble(4));
    bh.consume(row.getBoolean(5));
    bh.consume(row.getInstant(6));
    bh.consume(row.getList(7, String.class));
  }

  /** Reference driver: its row over the cells, every column read by index. */
  @Benchmark
  public void referenceRow(Blackhole bh) {
    com.datastax.oss.driver.api.core.cql.Row row =
        new DefaultRow(referenceColumns, referenceCells, AttachmentPoint.NONE);
    bh.consume(row.getUuid(0));
    bh.consume(row.getString(1));
    bh.consume(row.getInt(2));
    bh.consume(row.getLong(3));
    bh.consume(row.getDouble(4));
    bh.consume(row.getBoolean(5));
    bh.consume(row.getInstant(6));
    bh.consume(row.getList(7, String.class));
  }

  /** Reference driver: its codecs on the same cells, without a row. */
  @Benchmark
  public void referenceCodecs(Blackhole bh) {
    List<ByteBuffer> cells = referenceCells;
    bh.consume(TypeCodecs.UUID.decode(cells.get(0), REFERENCE_VERSION));
    bh.consume(TypeCodecs.TEXT.decode(cells.get(1), REFERENCE_VERSION));
    bh.consume(TypeCodecs.INT.decodePrimitive(cells.get(2), REFERENCE_VERSION));
    bh.consume(TypeCodecs.BIGINT.decodePrimitive(cells.get(3), REFERENCE_VERSION));
    bh.consume(TypeCodecs.DOUBLE.decodePrimitive(cells.get(4), REFERENCE_VERSION));
    bh.consume(TypeCodecs.BOOLEAN.decodePrimitive(cells.get(5), REFERENCE_VERSION));
    bh.consume(TypeCodecs.TIMESTAMP.decode(cells.get(6), REFERENCE_VERSION));
    bh.consume(referenceTags.decode(cells.get(7), REFERENCE_VERSION));
  }
}
