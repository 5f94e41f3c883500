package io.sibyl.bench.mapper.reference;

import com.datastax.oss.driver.api.mapper.annotations.CqlName;
import com.datastax.oss.driver.api.mapper.annotations.Entity;
import com.datastax.oss.driver.api.mapper.annotations.PartitionKey;
import com.datastax.oss.driver.api.mapper.annotations.PropertyStrategy;
import com.datastax.oss.driver.api.mapper.entity.naming.GetterStyle;
import io.sibyl.bench.load.KvTable;
import java.time.Instant;

/**
 * A row of the load test's {@code bench.kv} table, mapped by the reference driver's object mapper
 * (an immutable entity, like Sibyl's {@link io.sibyl.bench.mapper.KvRow}).
 *
 * @param id the partition key
 * @param name a short text
 * @param amount a number
 * @param updated a timestamp
 */
@Entity(defaultKeyspace = KvTable.KEYSPACE)
@CqlName(KvTable.TABLE)
@PropertyStrategy(mutable = false, getterStyle = GetterStyle.FLUENT)
public record ReferenceKvRow(@PartitionKey int id, String name, long amount, Instant updated) {

  private static final ReferenceKvRow[] ROWS = new ReferenceKvRow[KvTable.KEYS];

  static {
    for (int id = 0; id < KvTable.KEYS; id++) {
      ROWS[id] = new ReferenceKvRow(id, KvTable.name(id), KvTable.amount(id), KvTable.UPDATED);
    }
  }

  /** The row written for a key, created once so that the workload does not allocate it. */
  public static ReferenceKvRow of(int id) {
    return ROWS[id];
  }

  /**
   * A checksum of the values read (static: the reference mapper would take an instance method for a
   * property).
   */
  public static long checksum(ReferenceKvRow row) {
    if (row == null) {
      throw new IllegalStateException("The SELECT found no row");
    }
    return row.id + row.name.length() + row.amount + row.updated.getEpochSecond();
  }
}
