package io.sibyl.bench.mapper;

import io.sibyl.bench.load.KvTable;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.time.Instant;

/**
 * A row of the load test's {@code bench.kv} table, mapped by Sibyl's annotation processor (which
 * writes {@code KvRowTable} next to it).
 *
 * @param id the partition key
 * @param name a short text
 * @param amount a number
 * @param updated a timestamp
 */
@Table(keyspace = KvTable.KEYSPACE, name = KvTable.TABLE)
public record KvRow(@PartitionKey int id, String name, long amount, Instant updated) {

  private static final KvRow[] ROWS = new KvRow[KvTable.KEYS];

  static {
    for (int id = 0; id < KvTable.KEYS; id++) {
      ROWS[id] = new KvRow(id, KvTable.name(id), KvTable.amount(id), KvTable.UPDATED);
    }
  }

  /** The row written for a key, created once so that the workload does not allocate it. */
  public static KvRow of(int id) {
    return ROWS[id];
  }

  /** A checksum of the values read, as for {@code ReferenceKvRow}. */
  public static long checksum(KvRow row) {
    if (row == null) {
      throw new IllegalStateException("The SELECT found no row");
    }
    return row.id + row.name.length() + row.amount + row.updated.getEpochSecond();
  }
}
