package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.Objects;

/** An immutable class entity, read through its all-properties constructor; table options set. */
@Table(
    name = "events",
    defaultTtl = 86400,
    compaction = "LeveledCompactionStrategy",
    options = {"gc_grace_seconds = 3600"})
public final class Event {
  @PartitionKey private final String source;
  @ClusteringColumn private final int seq;
  private final String payload;

  /** An event. */
  public Event(String source, int seq, String payload) {
    this.source = source;
    this.seq = seq;
    this.payload = payload;
  }

  /** Where the event comes from (the partition). */
  public String source() {
    return source;
  }

  /** Its position in the partition. */
  public int getSeq() {
    return seq;
  }

  /** What happened. */
  public String getPayload() {
    return payload;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Event that
        && source.equals(that.source)
        && seq == that.seq
        && Objects.equals(payload, that.payload);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, seq, payload);
  }

  @Override
  public String toString() {
    return "Event[" + source + "#" + seq + ": " + payload + "]";
  }
}
