package io.sibyl.mapper;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An entity broke its constraints (Jakarta Bean Validation annotations checked by generated code,
 * or its {@link Validatable} hook), found before a write: nothing was sent. The message lists every
 * violation by property, rule and message, never the values themselves.
 */
public class EntityValidationException extends MapperException {

  private static final long serialVersionUID = 1L;

  private final transient Class<?> entityType;
  private final List<Violation> violations;

  /**
   * An exception for these violations.
   *
   * @param entityType the entity's class
   * @param operation what was refused, such as {@code "insert"}
   * @param violations every violation found, at least one
   */
  public EntityValidationException(
      Class<?> entityType, String operation, List<Violation> violations) {
    super(message(entityType, operation, violations));
    this.entityType = entityType;
    this.violations = List.copyOf(violations);
  }

  private static String message(Class<?> type, String operation, List<Violation> violations) {
    return "Invalid "
        + type.getSimpleName()
        + ", the "
        + operation
        + " was not sent ("
        + violations.size()
        + (violations.size() == 1 ? " violation" : " violations")
        + "): "
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "))
        + ". Fix the entity before writing it";
  }

  /** The entity's class. */
  public Class<?> entityType() {
    return entityType;
  }

  /** Every violation, in check order: the properties in declaration order, then the hook's. */
  public List<Violation> violations() {
    return violations;
  }
}
