package io.sibyl.driver.internal.request;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ColumnDefinitions;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.internal.protocol.BoundValues;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.RowData;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;

/**
 * The package-private members of the public API types that the request code needs: how it builds
 * result sets, rows and prepared statements, and reads a statement's raw values. Implemented once,
 * in the API package, and handed to the request code by the session; not an API.
 */
public interface ApiAccess {
  /** A bound statement's serialized values (not copied: do not modify). */
  BoundValues values(BoundStatement statement);

  /** A prepared statement's server id (not copied: do not modify). */
  byte[] rawId(PreparedStatement prepared);

  /** The current result columns of a prepared statement. */
  ResultShape resultShape(PreparedStatement prepared);

  /** Records the new result columns announced by the server after a schema change (v5). */
  void updateResultShape(PreparedStatement prepared, ColumnDefinitions columns, byte[] metadataId);

  /**
   * A page of results; {@code rows} is null for a result without rows. Its execution info is built
   * from the other arguments when asked for (schema in agreement: true).
   *
   * @param frame the response, for its warnings, tracing id and custom payload
   */
  AsyncResultSet resultSet(
      Session session,
      ColumnDefinitions columns,
      RowData rows,
      Statement<?> statement,
      InetSocketAddress coordinator,
      Frame frame,
      ByteBuffer pagingState,
      boolean changedSchema);

  /** Row {@code index} of a page. */
  Row row(ColumnDefinitions columns, RowData rows, int index, CodecRegistry codecs);

  /**
   * A prepared statement as the server described it; {@code source}'s options become the defaults
   * of its bound statements.
   */
  PreparedStatement prepared(
      SimpleStatement source,
      String keyspace,
      byte[] id,
      ColumnDefinitions variables,
      int[] partitionKeyIndices,
      ColumnDefinitions resultColumns,
      byte[] resultMetadataId,
      CodecRegistry codecs);
}
