package io.sibyl.driver;

import io.sibyl.driver.internal.protocol.BoundValues;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.RowData;
import io.sibyl.driver.internal.request.ApiAccess;
import io.sibyl.driver.internal.request.ResultShape;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * The one {@link ApiAccess}: opens this package's package-private constructors and accessors to the
 * request code, without making them public API. Sessions hand {@link #INSTANCE} to the request
 * code; being the only implementation, its calls stay monomorphic.
 */
final class InternalAccess implements ApiAccess {
  static final InternalAccess INSTANCE = new InternalAccess();

  private InternalAccess() {}

  @Override
  public BoundValues values(BoundStatement statement) {
    return statement.values();
  }

  @Override
  public byte[] rawId(PreparedStatement prepared) {
    return prepared.rawId();
  }

  @Override
  public ResultShape resultShape(PreparedStatement prepared) {
    return prepared.resultShape();
  }

  @Override
  public void updateResultShape(
      PreparedStatement prepared, ColumnDefinitions columns, byte[] metadataId) {
    prepared.updateResultShape(columns, metadataId);
  }

  @Override
  public AsyncResultSet resultSet(
      Session session,
      ColumnDefinitions columns,
      RowData rows,
      Statement<?> statement,
      InetSocketAddress coordinator,
      Frame frame,
      ByteBuffer pagingState,
      boolean changedSchema) {
    return new AsyncResultSet(
        session, columns, rows, statement, coordinator, frame, pagingState, true, changedSchema);
  }

  @Override
  public Row row(ColumnDefinitions columns, RowData rows, int index, CodecRegistry codecs) {
    return new Row(columns, rows, index, codecs);
  }

  @Override
  public PreparedStatement prepared(
      SimpleStatement source,
      String keyspace,
      byte[] id,
      ColumnDefinitions variables,
      int[] partitionKeyIndices,
      ColumnDefinitions resultColumns,
      byte[] resultMetadataId,
      CodecRegistry codecs) {
    return new PreparedStatement(
        source.query(),
        keyspace,
        id,
        variables,
        partitionKeyIndices,
        resultColumns,
        resultMetadataId,
        codecs,
        source.options);
  }
}
