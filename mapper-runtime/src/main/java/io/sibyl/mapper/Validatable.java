package io.sibyl.mapper;

/**
 * An entity with rules of its own, checked before each write after its property constraints: a
 * cross-field rule such as "the end comes after the start". Implement it on the {@code @Table}
 * type; the generated code calls {@link #validate(ValidationErrors)} on the entity as it is about
 * to be written (with its {@code @Default} values in place), and the write fails with {@link
 * EntityValidationException} listing every violation, the hook's among them.
 */
public interface Validatable {

  /**
   * Adds a violation to {@code errors} for each rule this entity breaks; adds nothing when it is
   * valid. Must not write anything itself.
   */
  void validate(ValidationErrors errors);
}
