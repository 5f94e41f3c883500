package io.sibyl.driver.internal.request;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ColumnDefinition;
import io.sibyl.driver.ColumnDefinitions;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.connection.Connection;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Message;
import io.sibyl.driver.internal.protocol.message.ColumnSpec;
import io.sibyl.driver.internal.protocol.message.PreparedResult;
import io.sibyl.driver.internal.protocol.message.Result;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.internal.protocol.message.SchemaChangeResult;
import io.sibyl.driver.internal.protocol.message.SetKeyspaceResult;
import io.sibyl.driver.internal.session.SessionCore;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a session's RESULT responses into result sets and prepared statements. Called on the
 * connection's event loop; throws {@link ProtocolException} for a response of the wrong kind. One
 * per session.
 */
public final class ResultConverter {
  private static final ColumnDefinitions EMPTY = new ColumnDefinitions(List.of());

  private final Session session;
  private final SessionCore core;
  private final ApiAccess access;

  /** A converter for {@code session}'s responses. */
  public ResultConverter(Session session, SessionCore core, ApiAccess access) {
    this.session = session;
    this.core = core;
    this.access = access;
  }

  /**
   * The result set of a statement's response. A keyspace change is reported to the session core and
   * server warnings are logged.
   */
  public AsyncResultSet toResultSet(Statement<?> statement, Frame frame, Connection connection) {
    Message message = frame.message();
    RowsResult rows = null;
    ColumnDefinitions columns = EMPTY;
    ByteBuffer pagingState = null;
    boolean schemaChange = false;
    if (message instanceof RowsResult result) {
      rows = result;
      RowsMetadata rowsMetadata = result.metadata();
      pagingState = rowsMetadata.pagingState();
      columns = columnsOf(statement, rowsMetadata);
    } else if (message instanceof SetKeyspaceResult setKeyspace) {
      core.keyspaceChanged(setKeyspace.keyspace());
    } else if (message instanceof SchemaChangeResult) {
      schemaChange = true;
    } else if (!(message instanceof Result)) {
      throw new ProtocolException(
          connection.logPrefix()
              + " expected a RESULT but got "
              + message.getClass().getSimpleName());
    }
    if (!frame.warnings().isEmpty()) {
      core.serverWarnings(
          RequestMessages.queryText(statement), connection.address(), frame.warnings());
    }
    return access.resultSet(
        session, columns, rows, statement, connection.address(), frame, pagingState, schemaChange);
  }

  private ColumnDefinitions columnsOf(Statement<?> statement, RowsMetadata rowsMetadata) {
    PreparedStatement prepared =
        statement instanceof BoundStatement bound ? bound.preparedStatement() : null;
    if (rowsMetadata.columns() == null) {
      // Metadata skipped: the prepared statement's result columns describe the rows.
      return access.resultShape(prepared).columns();
    }
    ColumnDefinitions columns = definitions(rowsMetadata.columns());
    if (prepared != null) {
      if (rowsMetadata.newMetadataId() != null) {
        access.updateResultShape(prepared, columns, rowsMetadata.newMetadataId());
      } else if (columns.equals(prepared.resultDefinitions())) {
        return prepared.resultDefinitions();
      }
    }
    return columns;
  }

  /**
   * The prepared statement of a PREPARE response.
   *
   * @param keyspace the keyspace the statement was prepared in, or null
   */
  public PreparedStatement toPrepared(
      SimpleStatement statement, String keyspace, Frame frame, Connection connection) {
    if (!(frame.message() instanceof PreparedResult result)) {
      throw new ProtocolException(
          connection.logPrefix()
              + " expected a PREPARED result but got "
              + frame.message().getClass().getSimpleName());
    }
    return access.prepared(
        statement,
        keyspace,
        result.id(),
        definitions(result.variables().columns()),
        result.variables().partitionKeyIndices(),
        definitions(result.resultMetadata().columns()),
        result.resultMetadataId(),
        core.config().codecs());
  }

  /** Every row of a page, for the driver's own queries of the system tables. */
  public static List<Row> rows(ApiAccess access, RowsResult page, CodecRegistry codecs) {
    ColumnDefinitions columns = definitions(page.metadata().columns());
    List<Row> rows = new ArrayList<>(page.rowCount());
    for (int i = 0; i < page.rowCount(); i++) {
      rows.add(access.row(columns, page, i, codecs));
    }
    return rows;
  }

  /** The column definitions of a result's column specs (empty for none). */
  public static ColumnDefinitions definitions(List<ColumnSpec> specs) {
    if (specs == null || specs.isEmpty()) {
      return EMPTY;
    }
    List<ColumnDefinition> columns = new ArrayList<>(specs.size());
    for (ColumnSpec spec : specs) {
      columns.add(new ColumnDefinition(spec.keyspace(), spec.table(), spec.name(), spec.type()));
    }
    return new ColumnDefinitions(columns);
  }
}
