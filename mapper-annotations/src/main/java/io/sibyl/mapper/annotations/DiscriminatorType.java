package io.sibyl.mapper.annotations;

/** The CQL type of a polymorphic table's discriminator column ({@link Discriminator#type()}). */
public enum DiscriminatorType {
  /**
   * {@code text}: each subtype's {@link DiscriminatorValue} as written (by default its simple name
   * through the naming strategy), or the name of an enum constant with {@link
   * Discriminator#enumType()}.
   */
  TEXT,
  /** {@code int}: each subtype's {@link DiscriminatorValue} is an integer, written out. */
  INT
}
