package io.sibyl.mapper.generated;

import io.sibyl.mapper.Validatable;
import io.sibyl.mapper.ValidationErrors;

/**
 * What the generated constraint checks call (the {@code prepareInsert}/{@code prepareUpdate} of
 * {@code UserTable}): the violation list, created only when a first violation is found, and the
 * tests that are more than one expression.
 */
public final class Checks {

  private Checks() {}

  /**
   * Adds a violation, creating the list on the first one.
   *
   * @param errors the violations so far, or null when there is none yet
   * @return the violations
   */
  public static ValidationErrors add(
      ValidationErrors errors, Class<?> type, String property, String constraint, String message) {
    ValidationErrors all = errors == null ? new ValidationErrors(type) : errors;
    return all.add(property, constraint, message);
  }

  /** Runs an entity's own {@link Validatable} rules after its property checks. */
  public static ValidationErrors hook(ValidationErrors errors, Validatable entity, Class<?> type) {
    ValidationErrors all = errors == null ? new ValidationErrors(type) : errors;
    entity.validate(all);
    return all;
  }

  /**
   * Throws {@link io.sibyl.mapper.EntityValidationException} when there is any violation.
   *
   * @param errors the violations, or null for none
   * @param operation what is refused, such as {@code "insert"}
   */
  public static void throwIfAny(ValidationErrors errors, String operation) {
    if (errors != null) {
      errors.throwIfAny(operation);
    }
  }

  /** {@code @NotBlank}: null, empty, or only whitespace. */
  public static boolean isBlank(CharSequence value) {
    if (value == null) {
      return true;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code @Email}: a local part of at most 64 characters without whitespace, one {@code @} outside
   * quotes, and a domain of dot-separated labels of letters, digits and hyphens (not at a label's
   * ends, at most 63 characters each), or a bracketed address. Null and empty values pass, as in
   * Jakarta Bean Validation (combine with {@code @NotBlank} to require one).
   */
  public static boolean isEmail(CharSequence value) {
    if (value == null || value.length() == 0) {
      return true;
    }
    String text = value.toString();
    int at = text.lastIndexOf('@');
    if (at <= 0 || at > 64 || at == text.length() - 1) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c)) {
        return false;
      }
    }
    String local = text.substring(0, at);
    if (local.indexOf('@') >= 0 && !(local.startsWith("\"") && local.endsWith("\""))) {
      return false;
    }
    return isDomain(text.substring(at + 1));
  }

  private static boolean isDomain(String domain) {
    if (domain.startsWith("[") && domain.endsWith("]")) {
      return domain.length() > 2 && domain.chars().noneMatch(Character::isWhitespace);
    }
    if (domain.length() > 255) {
      return false;
    }
    int start = 0;
    while (true) {
      int dot = domain.indexOf('.', start);
      int end = dot < 0 ? domain.length() : dot;
      if (!isLabel(domain, start, end)) {
        return false;
      }
      if (dot < 0) {
        return true;
      }
      start = dot + 1;
    }
  }

  private static boolean isLabel(String domain, int start, int end) {
    int length = end - start;
    if (length == 0
        || length > 63
        || domain.charAt(start) == '-'
        || domain.charAt(end - 1) == '-') {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = domain.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
