package io.sibyl.it.mapper.model;

import java.time.Instant;

/** A mapped superclass: its fields become columns of the tables of its subclasses. */
public abstract class Audited {
  private String createdBy;
  private Instant createdAt;

  /** Who created the row. */
  public String getCreatedBy() {
    return createdBy;
  }

  /** Sets who created the row. */
  public void setCreatedBy(String createdBy) {
    this.createdBy = createdBy;
  }

  /** When the row was created. */
  public Instant getCreatedAt() {
    return createdAt;
  }

  /** Sets when the row was created. */
  public void setCreatedAt(Instant createdAt) {
    this.createdAt = createdAt;
  }
}
