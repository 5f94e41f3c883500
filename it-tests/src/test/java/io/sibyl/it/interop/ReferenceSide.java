package io.sibyl.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.DataType;
import io.sibyl.embedded.CassandraCluster;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The reference Apache Cassandra Java driver's end of the interoperability tests. */
final class ReferenceSide implements DriverSide, AutoCloseable {
  private final CqlSession session;
  private final ReferenceValues values;
  private final PreparedStatement insert;
  private final PreparedStatement select;
  private final PreparedStatement increment;
  private final PreparedStatement selectCounter;

  private ReferenceSide(CqlSession session) {
    this.session = session;
    this.values = new ReferenceValues(session.getContext().getCodecRegistry());
    this.insert = session.prepare(AllTypesTable.INSERT);
    this.select = session.prepare(AllTypesTable.SELECT);
    this.increment = session.prepare(AllTypesTable.INCREMENT);
    this.selectCounter = session.prepare(AllTypesTable.SELECT_COUNTER);
  }

  /**
   * Connects to a cluster as its user, in a keyspace that holds {@link AllTypesTable}. Schema and
   * token metadata are off and closing skips Netty's quiet period: the tests need neither, and they
   * would slow the start and the end down.
   */
  static ReferenceSide connect(CassandraCluster cluster, String keyspace) {
    return new ReferenceSide(openSession(cluster, keyspace));
  }

  /** A reference driver session to a cluster as its user, configured as {@link #connect} says. */
  static CqlSession openSession(CassandraCluster cluster, String keyspace) {
    DriverConfigLoader config =
        DriverConfigLoader.programmaticBuilder()
            .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, false)
            .withBoolean(DefaultDriverOption.METADATA_TOKEN_MAP_ENABLED, false)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(10))
            .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
            .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0)
            .build();
    var builder =
        CqlSession.builder()
            .withConfigLoader(config)
            .addContactPoints(cluster.contactPoints())
            .withLocalDatacenter(cluster.localDatacenter())
            .withKeyspace(keyspace);
    if (cluster.username() != null) {
      builder.withAuthCredentials(cluster.username(), cluster.password());
    }
    return builder.build();
  }

  @Override
  public String name() {
    return "the reference driver";
  }

  @Override
  public void insert(int id, Map<String, Object> columnValues) {
    ColumnDefinitions variables = insert.getVariableDefinitions();
    BoundStatementBuilder bound = insert.boundStatementBuilder().setInt(0, id);
    for (int i = 1; i < variables.size(); i++) {
      String column = variables.get(i).getName().asInternal();
      if (columnValues.containsKey(column)) {
        bound = values.set(bound, i, variables.get(i).getType(), columnValues.get(column));
      }
    }
    session.execute(bound.build());
  }

  @Override
  public Map<String, Object> select(int id) {
    Row row = selectRow(id);
    Map<String, Object> columnValues = new LinkedHashMap<>();
    for (int i = 1; i < row.size(); i++) {
      columnValues.put(columnName(row, i), values.toNeutral(row.getObject(i)));
    }
    return columnValues;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Collections, tuples, UDTs and vectors are read as in {@link #select(int)}.
   */
  @Override
  public Map<String, Object> selectTyped(int id) {
    Row row = selectRow(id);
    Map<String, Object> columnValues = new LinkedHashMap<>();
    for (int i = 1; i < row.size(); i++) {
      columnValues.put(columnName(row, i), values.toNeutral(typed(row, i)));
    }
    return columnValues;
  }

  /** Writes a row whose given columns hold empty values: zero bytes, which is not null. */
  void insertEmptyValues(int id, Iterable<String> columns) {
    BoundStatementBuilder bound = insert.boundStatementBuilder().setInt(0, id);
    for (String column : columns) {
      bound = bound.setBytesUnsafe(column, ByteBuffer.allocate(0));
    }
    session.execute(bound.build());
  }

  @Override
  public Map<String, ByteBuffer> selectBytes(int id) {
    Row row = selectRow(id);
    Map<String, ByteBuffer> bytes = new LinkedHashMap<>();
    for (int i = 1; i < row.size(); i++) {
      bytes.put(columnName(row, i), row.getBytesUnsafe(i));
    }
    return bytes;
  }

  @Override
  public Set<String> selectNullColumns(int id) {
    Row row = selectRow(id);
    Set<String> nulls = new LinkedHashSet<>();
    for (int i = 1; i < row.size(); i++) {
      if (row.isNull(i)) {
        nulls.add(columnName(row, i));
      }
    }
    return nulls;
  }

  @Override
  public void increment(int id, long delta) {
    session.execute(increment.bind(delta, id));
  }

  @Override
  public long counter(int id) {
    Row row = session.execute(selectCounter.bind(id)).one();
    assertThat(row).as("counter %s read by the reference driver", id).isNotNull();
    return row.getLong("hits");
  }

  @Override
  public void close() {
    session.close();
  }

  private Row selectRow(int id) {
    Row row = session.execute(select.bind(id)).one();
    assertThat(row).as("row %s read by the reference driver", id).isNotNull();
    return row;
  }

  private static Object typed(Row row, int i) {
    DataType type = row.getColumnDefinitions().get(i).getType();
    return switch (type.asCql(false, true)) {
      case "ascii", "text" -> row.getString(i);
      case "bigint", "counter" -> row.getLong(i);
      case "blob" -> row.getByteBuffer(i);
      case "boolean" -> row.getBoolean(i);
      case "date" -> row.getLocalDate(i);
      case "decimal" -> row.getBigDecimal(i);
      case "double" -> row.getDouble(i);
      case "duration" -> row.getCqlDuration(i);
      case "float" -> row.getFloat(i);
      case "inet" -> row.getInetAddress(i);
      case "int" -> row.getInt(i);
      case "smallint" -> row.getShort(i);
      case "time" -> row.getLocalTime(i);
      case "timestamp" -> row.getInstant(i);
      case "timeuuid", "uuid" -> row.getUuid(i);
      case "tinyint" -> row.getByte(i);
      case "varint" -> row.getBigInteger(i);
      default -> row.getObject(i);
    };
  }

  private static String columnName(Row row, int i) {
    return row.getColumnDefinitions().get(i).getName().asInternal();
  }
}
