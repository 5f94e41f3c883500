package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.diag.Message;
import java.lang.annotation.Annotation;
import java.util.regex.Pattern;

/**
 * Annotation attributes that take a number or a parameter reference: {@code ttl = "3600"} or {@code
 * ttl = ":ttl"}.
 */
final class Expressions {

  /**
   * A parsed expression: none, a literal, or a parameter.
   *
   * @param literal the number, or null
   * @param parameter the parameter, or null
   */
  record Expression(String literal, ParameterParser.Param parameter) {
    static final Expression NONE = new Expression(null, null);

    boolean isPresent() {
      return literal != null || parameter != null;
    }
  }

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  private Expressions() {}

  /** Parses an attribute; null when invalid (reported on the attribute). */
  static Expression parse(
      MethodContext ctx, Class<? extends Annotation> annotation, String attribute, String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return Expression.NONE;
    }
    if (NUMBER.matcher(trimmed).matches()) {
      return new Expression(trimmed, null);
    }
    if (trimmed.startsWith(":") && trimmed.length() > 1) {
      String name = trimmed.substring(1);
      ParameterParser.Param parameter = ctx.params.value(name);
      if (parameter == null) {
        ctx.errorOnAttribute(
            annotation,
            attribute,
            Message.EXPRESSION_PARAMETER_UNKNOWN,
            attribute,
            text,
            ctx.name(),
            name);
        return null;
      }
      return new Expression(null, parameter);
    }
    ctx.errorOnAttribute(
        annotation, attribute, Message.EXPRESSION_INVALID, attribute, text, attribute);
    return null;
  }
}
