package io.sibyl.bench.mapper;

import io.sibyl.bench.load.KvTable;
import io.sibyl.mapper.Validatable;
import io.sibyl.mapper.ValidationErrors;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * {@link CheckedKvRow}'s constraints plus a {@link Validatable} hook (a cross-field rule), on the
 * same table: measures what the hook adds.
 *
 * @param id the partition key
 * @param name a short text, not blank, at most 64 characters
 * @param amount a number, not negative
 * @param updated a timestamp
 */
@Table(keyspace = KvTable.KEYSPACE, name = KvTable.TABLE)
public record HookedKvRow(
    @PartitionKey int id,
    @NotBlank @Size(max = 64) String name,
    @PositiveOrZero long amount,
    Instant updated)
    implements Validatable {

  private static final HookedKvRow[] ROWS = new HookedKvRow[KvTable.KEYS];

  static {
    for (int id = 0; id < KvTable.KEYS; id++) {
      ROWS[id] = new HookedKvRow(id, KvTable.name(id), KvTable.amount(id), KvTable.UPDATED);
    }
  }

  /** The row written for a key, created once. */
  public static HookedKvRow of(int id) {
    return ROWS[id];
  }

  @Override
  public void validate(ValidationErrors errors) {
    if (amount > 0 && updated == null) {
      errors.add("updated", "UpdatedWithAmount", "must be given with an amount");
    }
  }
}
