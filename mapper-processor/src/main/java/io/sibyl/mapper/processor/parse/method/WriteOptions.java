package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.CallOptionModel;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.VariableElement;

/**
 * The {@code USING TTL ... AND TIMESTAMP ...} clause of inserts and updates: from annotation
 * attributes (literal or parameter), a {@code @CallOption(TTL)} parameter, or a trailing {@code
 * QueryOptions} (whose TTL then feeds a marker).
 */
final class WriteOptions {

  /**
   * The parsed clause.
   *
   * @param ttl the TTL attribute
   * @param timestamp the timestamp attribute
   * @param used the parameters the clause binds
   */
  record Using(Expressions.Expression ttl, Expressions.Expression timestamp, List<String> used) {}

  private WriteOptions() {}

  /** Parses the attributes; null when invalid (reported). */
  static Using parse(
      MethodContext ctx, Class<? extends Annotation> annotation, String ttl, String timestamp) {
    Expressions.Expression ttlExpression = Expressions.parse(ctx, annotation, "ttl", ttl);
    Expressions.Expression timestampExpression =
        Expressions.parse(ctx, annotation, "timestamp", timestamp);
    if (ttlExpression == null || timestampExpression == null) {
      return null;
    }
    List<String> used = new ArrayList<>();
    if (ttlExpression.parameter() != null) {
      used.add(ttlExpression.parameter().name());
    }
    if (timestampExpression.parameter() != null) {
      used.add(timestampExpression.parameter().name());
    }
    return new Using(ttlExpression, timestampExpression, used);
  }

  /** Whether the clause sets a TTL in any way. */
  static boolean hasTtl(MethodContext ctx, Using using) {
    return using.ttl().isPresent() || !ctx.params.options(CallOption.Kind.TTL).isEmpty();
  }

  /**
   * Appends the clause; returns the marker of a {@code QueryOptions} TTL, or -1; {@code
   * Integer.MIN_VALUE} when a parameter cannot be bound (reported).
   */
  static int append(MethodContext ctx, Using using, CqlBuilder cql, boolean allowTtl) {
    int ttlMarker = -1;
    boolean first = true;
    if (allowTtl && using.ttl().isPresent()) {
      cql.append(" USING TTL ");
      first = false;
      if (using.ttl().literal() != null) {
        cql.append(using.ttl().literal());
      } else if (!bind(ctx, using.ttl().parameter(), cql)) {
        return Integer.MIN_VALUE;
      }
    } else if (allowTtl && !ctx.params.options(CallOption.Kind.TTL).isEmpty()) {
      CallOptionModel option = ctx.params.options(CallOption.Kind.TTL).get(0);
      cql.append(" USING TTL ");
      first = false;
      VariableElement element = (VariableElement) Statements.parameter(ctx, option.parameter());
      ParameterParser.Param param =
          new ParameterParser.Param(option.parameter(), element.asType(), element);
      if (!bind(ctx, param, cql)) {
        return Integer.MIN_VALUE;
      }
    } else if (allowTtl && ctx.params.queryOptions() != null) {
      cql.append(" USING TTL ");
      first = false;
      ttlMarker = cql.marker();
    }
    if (using.timestamp().isPresent()) {
      cql.append(first ? " USING TIMESTAMP " : " AND TIMESTAMP ");
      if (using.timestamp().literal() != null) {
        cql.append(using.timestamp().literal());
      } else if (!bind(ctx, using.timestamp().parameter(), cql)) {
        return Integer.MIN_VALUE;
      }
    }
    return ttlMarker;
  }

  private static boolean bind(MethodContext ctx, ParameterParser.Param param, CqlBuilder cql) {
    Binding binding = Bindings.value(ctx, param, cql.marker());
    if (binding != null) {
      cql.bind(binding);
    }
    return binding != null;
  }
}
