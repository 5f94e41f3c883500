package io.sibyl.bench.mapper;

import io.sibyl.bench.load.KvTable;
import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.annotations.DefaultGenerator;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * {@link KvRow} with constraints on its values and a default for its timestamp, on the same table:
 * measures what generated validation and defaults cost on the insert path.
 *
 * @param id the partition key
 * @param name a short text, not blank, at most 64 characters
 * @param amount a number, not negative
 * @param updated a timestamp, the insert time when null
 */
@Table(keyspace = KvTable.KEYSPACE, name = KvTable.TABLE)
public record CheckedKvRow(
    @PartitionKey int id,
    @NotBlank @Size(max = 64) String name,
    @PositiveOrZero long amount,
    @Default(generator = DefaultGenerator.NOW) Instant updated) {

  private static final CheckedKvRow[] ROWS = new CheckedKvRow[KvTable.KEYS];

  static {
    for (int id = 0; id < KvTable.KEYS; id++) {
      ROWS[id] = new CheckedKvRow(id, KvTable.name(id), KvTable.amount(id), KvTable.UPDATED);
    }
  }

  /** The row written for a key, every value given, created once. */
  public static CheckedKvRow of(int id) {
    return ROWS[id];
  }
}
