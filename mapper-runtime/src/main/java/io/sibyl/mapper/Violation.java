package io.sibyl.mapper;

import java.util.Objects;

/**
 * One broken rule of an entity about to be written.
 *
 * @param property the property at fault, or empty for a rule on the whole entity
 * @param constraint the rule: the simple name of a Jakarta Bean Validation constraint ({@code
 *     NotBlank}, {@code Size}...), or the name a {@link Validatable} hook gave
 * @param message what is wrong, in words ({@code "must not be blank"})
 */
public record Violation(String property, String constraint, String message) {

  /** Checks that nothing is null. */
  public Violation {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(message, "message");
  }

  /** {@code "name must not be blank (@NotBlank)"}. */
  @Override
  public String toString() {
    return (property.isEmpty() ? "" : property + " ") + message + " (@" + constraint + ")";
  }
}
