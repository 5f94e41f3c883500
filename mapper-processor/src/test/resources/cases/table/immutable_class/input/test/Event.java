package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

@Table(name = "events")
public final class Event {
  @PartitionKey private final String source;

  @ClusteringColumn
  @Column(type = "timeuuid")
  private final UUID eventId;

  private final String payload;
  final long sequence;

  public Event(String source, UUID eventId, String payload, long sequence) {
    this.source = source;
    this.eventId = eventId;
    this.payload = payload;
    this.sequence = sequence;
  }

  public String source() {
    return source;
  }

  public UUID getEventId() {
    return eventId;
  }

  public String getPayload() {
    return payload;
  }
}
