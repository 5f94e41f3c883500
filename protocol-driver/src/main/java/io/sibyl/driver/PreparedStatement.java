package io.sibyl.driver;

import io.sibyl.driver.internal.protocol.BoundValues;
import io.sibyl.driver.internal.request.ResultShape;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * A statement prepared on the cluster: the server parsed it once, and each execution sends only its
 * id and bound values. Obtain one from {@link Session#prepare(String)} (sessions cache them by
 * query text), then {@link #bind(Object...)} values to execute it.
 *
 * <p>Thread-safe; share it and keep it for the life of the session.
 */
public final class PreparedStatement {
  private final String query;
  private final String keyspace;
  private final byte[] id;
  private final ColumnDefinitions variables;
  private final BoundValues.SizeHint valuesSize = new BoundValues.SizeHint();
  private final int[] partitionKeyIndices;
  private final CodecRegistry codecs;
  private final StatementOptions defaults;
  private volatile ResultShape resultShape;

  PreparedStatement(
      String query,
      String keyspace,
      byte[] id,
      ColumnDefinitions variables,
      int[] partitionKeyIndices,
      ColumnDefinitions resultColumns,
      byte[] resultMetadataId,
      CodecRegistry codecs,
      StatementOptions defaults) {
    this.query = query;
    this.keyspace = keyspace;
    this.id = id;
    this.variables = variables;
    this.partitionKeyIndices = routableIndices(partitionKeyIndices, variables.size());
    this.resultShape = new ResultShape(resultColumns, resultMetadataId);
    this.codecs = codecs;
    this.defaults = defaults;
  }

  /** The CQL text that was prepared. */
  public String query() {
    return query;
  }

  /** The keyspace the statement was prepared in, or null. */
  public String keyspace() {
    return keyspace;
  }

  /** The statement's id on the server (a copy). */
  public ByteBuffer id() {
    return ByteBuffer.wrap(id.clone()).asReadOnlyBuffer();
  }

  /** The bind variables, in order. */
  public ColumnDefinitions variableDefinitions() {
    return variables;
  }

  /** The columns of the rows that executing the statement returns (empty for writes). */
  public ColumnDefinitions resultDefinitions() {
    return resultShape.columns();
  }

  /** The indices, among the variables, of the partition key's columns, in key order. */
  public int[] partitionKeyIndices() {
    return partitionKeyIndices.clone();
  }

  /**
   * Whether executions of this statement are lightweight transactions: true when the statement it
   * was prepared from was marked with {@link Statement#withLwt(boolean)}. Cassandra's PREPARED
   * result carries no such flag (neither protocol v4 nor v5 defines one), so the driver learns it
   * from that hint; the mapper sets it on the conditional statements it generates.
   */
  public boolean isLwt() {
    return defaults.lwt;
  }

  /** A statement with no value bound yet: every variable starts unset. */
  public BoundStatement bind() {
    return new BoundStatement(this, new BoundValues(variables.size(), valuesSize), defaults);
  }

  /**
   * A statement with the given values bound in order. Fewer values than variables leave the rest
   * unset; each value must fit its variable's CQL type.
   */
  public BoundStatement bind(Object... values) {
    if (values.length > variables.size()) {
      throw new IllegalArgumentException(
          "Too many values: "
              + values.length
              + " given for "
              + variables.size()
              + " bind variables of \""
              + query
              + "\"");
    }
    BoundStatement statement = bind();
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i, values[i]);
    }
    return statement;
  }

  /**
   * The server's partition key indices, or none when one of them names no variable: such a key
   * (sent by some test servers, never by Cassandra) cannot route, and must not fail the executions.
   */
  private static int[] routableIndices(int[] indices, int variableCount) {
    if (indices == null) {
      return new int[0];
    }
    for (int index : indices) {
      if (index < 0 || index >= variableCount) {
        return new int[0];
      }
    }
    return indices;
  }

  int[] partitionKeyIndicesUnsafe() {
    return partitionKeyIndices;
  }

  byte[] rawId() {
    return id;
  }

  CodecRegistry codecs() {
    return codecs;
  }

  ResultShape resultShape() {
    return resultShape;
  }

  /** Records the new result columns announced by the server after a schema change (v5). */
  void updateResultShape(ColumnDefinitions columns, byte[] metadataId) {
    resultShape = new ResultShape(columns, metadataId);
  }

  @Override
  public String toString() {
    return "PreparedStatement[" + query + ", id=" + Arrays.toString(id) + "]";
  }
}
