package io.sibyl.it.validation;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.annotations.DefaultGenerator;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A bean whose defaults are set on the instance: a time-based key, times, constants. */
@Table(name = "log_entries")
public class LogEntry {

  /** How urgent an entry is. */
  public enum Level {
    LOW,
    HIGH
  }

  @PartitionKey private String source;

  @ClusteringColumn
  @Column(type = "timeuuid")
  @Default(generator = DefaultGenerator.TIME_UUID)
  private UUID at;

  @Default(generator = DefaultGenerator.NOW)
  private Instant recordedAt;

  @Default(generator = DefaultGenerator.NOW)
  private LocalDate day;

  @Default("3")
  private Integer priority;

  @Default("LOW")
  private Level level;

  @NotNull private String message;

  public LogEntry() {}

  public LogEntry(String source, String message) {
    this.source = source;
    this.message = message;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public UUID getAt() {
    return at;
  }

  public void setAt(UUID at) {
    this.at = at;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(Instant recordedAt) {
    this.recordedAt = recordedAt;
  }

  public LocalDate getDay() {
    return day;
  }

  public void setDay(LocalDate day) {
    this.day = day;
  }

  public Integer getPriority() {
    return priority;
  }

  public void setPriority(Integer priority) {
    this.priority = priority;
  }

  public Level getLevel() {
    return level;
  }

  public void setLevel(Level level) {
    this.level = level;
  }

  public String getMessage() {
    return message;
  }

  public void setMessage(String message) {
    this.message = message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LogEntry e
        && Objects.equals(source, e.source)
        && Objects.equals(at, e.at)
        && Objects.equals(recordedAt, e.recordedAt)
        && Objects.equals(day, e.day)
        && Objects.equals(priority, e.priority)
        && level == e.level
        && Objects.equals(message, e.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, at, recordedAt, day, priority, level, message);
  }
}
