package io.sibyl.bench.load;

import io.sibyl.bench.responder.CannedStatement;
import io.sibyl.bench.responder.CannedStatement.Column;
import io.sibyl.driver.type.DataTypes;
import java.time.Instant;
import java.util.List;

/**
 * The table of the end-to-end workload: a small row ({@code int} key, {@code text}, {@code bigint},
 * {@code timestamp}) written and read by partition key, over a fixed set of keys so that every
 * SELECT finds its row.
 */
public final class KvTable {
  /** The keyspace. */
  public static final String KEYSPACE = "bench";

  /** The table. */
  public static final String TABLE = "kv";

  /** Creates the keyspace (one replica). */
  public static final String CREATE_KEYSPACE =
      "CREATE KEYSPACE IF NOT EXISTS bench WITH replication ="
          + " {'class': 'SimpleStrategy', 'replication_factor': 1}";

  /** Creates the table. */
  public static final String CREATE_TABLE =
      "CREATE TABLE IF NOT EXISTS bench.kv"
          + " (id int PRIMARY KEY, name text, amount bigint, updated timestamp)";

  /** The prepared write. */
  public static final String INSERT =
      "INSERT INTO bench.kv (id, name, amount, updated) VALUES (?, ?, ?, ?)";

  /** The prepared read. */
  public static final String SELECT = "SELECT name, amount, updated FROM bench.kv WHERE id = ?";

  /** The most distinct keys a workload may use; the keys it uses are written before any read. */
  public static final int KEYS = 10_000;

  /** The timestamp written in every row. */
  public static final Instant UPDATED = Instant.parse("2025-01-01T00:00:00Z");

  private static final String[] NAMES = new String[KEYS];

  static {
    for (int id = 0; id < KEYS; id++) {
      NAMES[id] = "customer-" + id;
    }
  }

  private KvTable() {}

  /** The name written for a key (precomputed: the workload does not allocate it per request). */
  public static String name(int id) {
    return NAMES[id];
  }

  /** The amount written for a key. */
  public static long amount(int id) {
    return id * 1_000L + 7;
  }

  /** The responder's answers for this workload: the same statements, one canned row. */
  public static List<CannedStatement> cannedStatements() {
    List<Column> row =
        List.of(
            new Column("name", DataTypes.TEXT),
            new Column("amount", DataTypes.BIGINT),
            new Column("updated", DataTypes.TIMESTAMP));
    return List.of(
        new CannedStatement(
            INSERT,
            KEYSPACE,
            TABLE,
            List.of(
                new Column("id", DataTypes.INT),
                new Column("name", DataTypes.TEXT),
                new Column("amount", DataTypes.BIGINT),
                new Column("updated", DataTypes.TIMESTAMP)),
            new int[] {0},
            List.of(),
            List.of()),
        new CannedStatement(
            SELECT,
            KEYSPACE,
            TABLE,
            List.of(new Column("id", DataTypes.INT)),
            new int[] {0},
            row,
            List.of(List.of(name(42), amount(42), UPDATED))));
  }
}
