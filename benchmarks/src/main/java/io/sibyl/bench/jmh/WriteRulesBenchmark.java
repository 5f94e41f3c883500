package io.sibyl.bench.jmh;

import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.mapper.CheckedKvRow;
import io.sibyl.bench.mapper.CheckedKvRowTable;
import io.sibyl.bench.mapper.HookedKvRow;
import io.sibyl.bench.mapper.HookedKvRowTable;
import io.sibyl.bench.mapper.KvRow;
import io.sibyl.bench.mapper.KvRowTable;
import io.sibyl.driver.BenchmarkAccess;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.internal.protocol.message.ColumnSpec;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What generated validation and defaults add to binding an entity's INSERT, the code a generated
 * repository's {@code @Insert} runs before the network: the same row as {@link KvRow} without
 * rules, with constraints and a given default ({@link CheckedKvRow}), with a {@code Validatable}
 * hook ({@link HookedKvRow}), and with its default applied (a record copy and the current time).
 */
@State(Scope.Thread)
public class WriteRulesBenchmark {
  private static final List<ColumnSpec> COLUMNS =
      List.of(
          spec("id", DataTypes.INT),
          spec("name", DataTypes.TEXT),
          spec("amount", DataTypes.BIGINT),
          spec("updated", DataTypes.TIMESTAMP));

  private PreparedStatement insert;
  private KvRow plain;
  private CheckedKvRow checked;
  private CheckedKvRow missingDefault;
  private HookedKvRow hooked;

  /** Prepares the INSERT without a server, and the rows of key 42. */
  @Setup
  public void setUp() {
    byte[] id = new byte[16];
    byte[] resultMetadataId = new byte[16];
    id[0] = 5;
    resultMetadataId[0] = 6;
    insert =
        BenchmarkAccess.prepared(
            KvTable.INSERT, id, COLUMNS, new int[] {0}, List.of(), resultMetadataId);
    plain = KvRow.of(42);
    checked = CheckedKvRow.of(42);
    hooked = HookedKvRow.of(42);
    missingDefault = new CheckedKvRow(42, KvTable.name(42), KvTable.amount(42), null);
  }

  private static ColumnSpec spec(String name, DataType type) {
    return new ColumnSpec(KvTable.KEYSPACE, KvTable.TABLE, name, type);
  }

  /** No rules: the generated repository binds the entity as it is. */
  @Benchmark
  public BoundStatement noRules() {
    BoundStatement bs = insert.bind().withIdempotent(true);
    KvRowTable.bind(bs, plain, KvRowTable.ALL, false);
    return bs;
  }

  /** Three constraints checked, a default not needed. */
  @Benchmark
  public BoundStatement constraints() {
    BoundStatement bs = insert.bind().withIdempotent(true);
    CheckedKvRowTable.bind(
        bs, CheckedKvRowTable.INSTANCE.prepareInsert(checked), CheckedKvRowTable.ALL, false);
    return bs;
  }

  /** Three constraints and a {@code Validatable} hook. */
  @Benchmark
  public BoundStatement constraintsAndHook() {
    BoundStatement bs = insert.bind().withIdempotent(true);
    HookedKvRowTable.bind(
        bs, HookedKvRowTable.INSTANCE.prepareInsert(hooked), HookedKvRowTable.ALL, false);
    return bs;
  }

  /** Three constraints and a {@code NOW} default applied to the record (a copy). */
  @Benchmark
  public BoundStatement constraintsAndAppliedDefault() {
    BoundStatement bs = insert.bind().withIdempotent(true);
    CheckedKvRowTable.bind(
        bs, CheckedKvRowTable.INSTANCE.prepareInsert(missingDefault), CheckedKvRowTable.ALL, false);
    return bs;
  }
}
