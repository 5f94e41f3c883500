package io.sibyl.bench.jmh;

import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.mapper.KvRow;
import io.sibyl.bench.mapper.KvRowTable;
import io.sibyl.driver.BenchmarkAccess;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ColumnDefinitions;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.internal.protocol.message.ColumnSpec;
import io.sibyl.driver.internal.protocol.message.RowsMetadata;
import io.sibyl.driver.internal.protocol.message.RowsResult;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a generated Sibyl repository adds to hand-written code before and after the network, on the
 * load test's {@link KvRow}: binding the INSERT of an entity, and reading the entity from a row of
 * a decoded page (the SELECT's four columns).
 *
 * <p>The generated side runs the generated code that {@code KvRepositoryImpl.save} and {@code
 * findById} call: {@code PreparedCql.bind()} is a prepared statement's {@code bind()} marked
 * idempotent, then {@code KvRowTable.bind(...)} with nulls left unset (the default); reading is
 * {@code KvRowTable.INSTANCE.read(row)}. The hand-written side binds with typed setters by index
 * and calls the record's constructor with typed getters. Both run on the same prepared statement
 * and the same page, without a session.
 */
@State(Scope.Thread)
public class RepositoryBindReadBenchmark {
  private static final List<ColumnSpec> COLUMNS =
      List.of(
          spec("id", DataTypes.INT),
          spec("name", DataTypes.TEXT),
          spec("amount", DataTypes.BIGINT),
          spec("updated", DataTypes.TIMESTAMP));

  private PreparedStatement insert;
  private KvRow entity;
  private ColumnDefinitions resultColumns;
  private RowsResult page;

  /** Prepares the INSERT (without a server) and one page holding the row of key 42. */
  @Setup
  public void setUp() {
    byte[] id = new byte[16];
    byte[] resultMetadataId = new byte[16];
    id[0] = 3;
    resultMetadataId[0] = 4;
    insert =
        BenchmarkAccess.prepared(
            KvTable.INSERT, id, COLUMNS, new int[] {0}, List.of(), resultMetadataId);
    entity = KvRow.of(42);

    List<Object> values = List.of(42, entity.name(), entity.amount(), entity.updated());
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      ByteBuffer cell = CodecRegistry.DEFAULT.codecFor(COLUMNS.get(i).type(), value).encode(value);
      byte[] bytes = new byte[cell.remaining()];
      cell.get(bytes);
      data.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
      data.writeBytes(bytes);
    }
    page =
        RowsResult.of(
            new RowsMetadata(COLUMNS, COLUMNS.size(), null, null, null), 1, data.toByteArray());
    resultColumns = BenchmarkAccess.definitions(COLUMNS);
  }

  private static ColumnSpec spec(String name, DataType type) {
    return new ColumnSpec(KvTable.KEYSPACE, KvTable.TABLE, name, type);
  }

  /** The generated repository's binding of an entity. */
  @Benchmark
  public BoundStatement generatedBind() {
    BoundStatement bs = insert.bind().withIdempotent(true);
    KvRowTable.bind(bs, entity, KvRowTable.ALL, false);
    return bs;
  }

  /** Hand-written binding of the same entity. */
  @Benchmark
  public BoundStatement handWrittenBind() {
    KvRow row = entity;
    return insert
        .bind()
        .setInt(0, row.id())
        .setString(1, row.name())
        .setLong(2, row.amount())
        .setInstant(3, row.updated());
  }

  /**
   * Hand-written binding that also marks the statement idempotent the way the generated code does
   * ({@code withIdempotent} on the bound statement): isolates what that costs.
   */
  @Benchmark
  public BoundStatement handWrittenIdempotentBind() {
    KvRow row = entity;
    return insert
        .bind()
        .withIdempotent(true)
        .setInt(0, row.id())
        .setString(1, row.name())
        .setLong(2, row.amount())
        .setInstant(3, row.updated());
  }

  /** The generated table's reading of an entity from a row. */
  @Benchmark
  public KvRow generatedRead() {
    return KvRowTable.INSTANCE.read(BenchmarkAccess.row(resultColumns, page, 0));
  }

  /** Hand-written reading of the same entity. */
  @Benchmark
  public KvRow handWrittenRead() {
    Row row = BenchmarkAccess.row(resultColumns, page, 0);
    return new KvRow(row.getInt(0), row.getString(1), row.getLong(2), row.getInstant(3));
  }
}
