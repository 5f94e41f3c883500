package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.cql.CqlLexer;
import java.lang.annotation.Annotation;
import java.util.LinkedHashSet;
import java.util.Set;

/** The {@code IF EXISTS} / {@code IF <condition>} clause of updates and deletes. */
final class Conditions {

  private Conditions() {}

  /**
   * Appends the condition; the parameters it binds, or null when invalid (reported).
   *
   * @param ifExists whether {@code IF EXISTS} is asked
   * @param condition the hand-written condition, or empty
   */
  static Set<String> append(
      MethodContext ctx,
      TableModel table,
      Class<? extends Annotation> annotation,
      boolean ifExists,
      String condition,
      CqlBuilder cql) {
    boolean conditional = ifExists || !condition.isBlank();
    if (conditional && table.isCounterTable()) {
      ctx.error(Message.LWT_ON_COUNTER_TABLE, ifExists ? "ifExists" : "ifCondition");
      return null;
    }
    if (ifExists && !condition.isBlank()) {
      ctx.errorOnAttribute(
          annotation,
          "ifCondition",
          Message.WHERE_INVALID,
          "@" + annotation.getSimpleName() + "(ifCondition)",
          condition,
          "ifExists and ifCondition cannot be combined; keep one");
      return null;
    }
    if (ifExists) {
      cql.append(" IF EXISTS");
      return Set.of();
    }
    if (condition.isBlank()) {
      return Set.of();
    }
    cql.append(" IF ");
    ClauseRewriter.Result result =
        ClauseRewriter.append(ctx, table, annotation, "ifCondition", condition, cql);
    return result == null ? null : result.used();
  }

  /**
   * The parameters that the named markers of {@code condition} name: they are the condition's
   * expected values, not columns to set. Empty when the condition cannot be read (its errors are
   * reported by {@link #append}).
   */
  static Set<String> parametersNamedBy(MethodContext ctx, String condition) {
    if (condition.isBlank()) {
      return Set.of();
    }
    Set<String> named = new LinkedHashSet<>();
    try {
      for (CqlLexer.Token token : CqlLexer.tokenize(condition)) {
        ParameterParser.Param param =
            token.type() == CqlLexer.Type.NAMED_MARKER ? ctx.params.value(token.text()) : null;
        if (param != null) {
          named.add(param.name());
        }
      }
    } catch (CqlLexer.LexException e) {
      return Set.of();
    }
    return named;
  }

  /** Whether the method is conditional. */
  static boolean isConditional(boolean ifExists, String condition) {
    return ifExists || !condition.isBlank();
  }
}
