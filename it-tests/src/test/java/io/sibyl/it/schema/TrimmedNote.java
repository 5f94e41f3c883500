package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;

/** No longer maps the column {@code legacy} that the hand-made table has. */
@Table(name = "trimmed_note")
public record TrimmedNote(@PartitionKey int id, String body) {}
