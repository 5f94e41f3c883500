package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Udt;
import java.util.Objects;

/** A JavaBean UDT. */
@Udt
public class Phone {
  private String label;
  private String number;

  /** An empty phone, for the mapper. */
  public Phone() {}

  /** A phone. */
  public Phone(String label, String number) {
    this.label = label;
    this.number = number;
  }

  /** What the number is for. */
  public String getLabel() {
    return label;
  }

  /** Sets what the number is for. */
  public void setLabel(String label) {
    this.label = label;
  }

  /** The number. */
  public String getNumber() {
    return number;
  }

  /** Sets the number. */
  public void setNumber(String number) {
    this.number = number;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Phone that
        && Objects.equals(label, that.label)
        && Objects.equals(number, that.number);
  }

  @Override
  public int hashCode() {
    return Objects.hash(label, number);
  }

  @Override
  public String toString() {
    return "Phone[" + label + ": " + number + "]";
  }
}
