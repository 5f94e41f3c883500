package io.sibyl.mapper;

import java.util.ArrayList;
import java.util.List;

/**
 * The violations found while checking one entity before a write: the generated constraint checks
 * add theirs, then a {@link Validatable} hook adds its own. Not thread-safe; one per check.
 */
public final class ValidationErrors {

  private final Class<?> entityType;
  private final List<Violation> violations = new ArrayList<>(2);

  /** The errors of an entity of this type (called by generated code). */
  public ValidationErrors(Class<?> entityType) {
    this.entityType = entityType;
  }

  /**
   * Adds a violation of a rule on one property.
   *
   * @param property the property at fault
   * @param rule a short name for the rule, shown as {@code @rule}
   * @param message what is wrong, such as {@code "must come after start"}
   * @return these errors
   */
  public ValidationErrors add(String property, String rule, String message) {
    violations.add(new Violation(property, rule, message));
    return this;
  }

  /**
   * Adds a violation of a rule on the whole entity.
   *
   * @param rule a short name for the rule, shown as {@code @rule}
   * @param message what is wrong
   * @return these errors
   */
  public ValidationErrors reject(String rule, String message) {
    return add("", rule, message);
  }

  /** Whether no violation was added. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  /** The violations, in the order they were added. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /**
   * Throws {@link EntityValidationException} with every violation when there is any.
   *
   * @param operation what was refused, such as {@code "insert"}
   */
  public void throwIfAny(String operation) {
    if (!violations.isEmpty()) {
      throw new EntityValidationException(entityType, operation, violations);
    }
  }
}
