package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.cql.ClauseParser;
import io.sibyl.mapper.processor.parse.cql.CqlLexer;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a hand-written clause of an annotation ({@code @Select(where)}, {@code ifCondition}) into
 * statement text with {@code ?} markers and the bindings of the parameters its named markers name,
 * checking every column against the table.
 */
final class ClauseRewriter {

  /**
   * The rewritten clause.
   *
   * @param relations the relations with their columns, for restriction checks
   * @param used the parameters the clause binds
   */
  record Result(List<RestrictionChecker.Restriction> relations, Set<String> used) {}

  private ClauseRewriter() {}

  /**
   * Appends {@code clause} to {@code cql}, binding its markers; null when it is invalid (reported
   * on {@code attribute} of {@code annotation}).
   */
  static Result append(
      MethodContext ctx,
      TableModel table,
      Class<? extends Annotation> annotation,
      String attribute,
      String clause,
      CqlBuilder cql) {
    String label = "@" + annotation.getSimpleName() + "(" + attribute + ")";
    List<CqlLexer.Token> tokens;
    List<ClauseParser.Relation> relations;
    try {
      tokens = CqlLexer.tokenize(clause);
      relations = ClauseParser.parse(tokens, 0, tokens.size());
    } catch (CqlLexer.LexException | ClauseParser.ClauseException e) {
      ctx.errorOnAttribute(
          annotation, attribute, Message.WHERE_INVALID, label, clause, e.getMessage());
      return null;
    }
    List<RestrictionChecker.Restriction> restrictions = new ArrayList<>();
    List<Binding> bindings = new ArrayList<>();
    Set<String> used = new java.util.LinkedHashSet<>();
    boolean failed = false;
    StringBuilder text = new StringBuilder();
    int copied = 0;
    for (ClauseParser.Relation relation : relations) {
      ColumnModel column = table.byCqlName(relation.column().text()).orElse(null);
      if (column == null) {
        ctx.errorOnAttribute(
            annotation,
            attribute,
            Message.WHERE_UNKNOWN_COLUMN,
            label,
            relation.column().text(),
            table.cql(),
            columnNames(table));
        failed = true;
        continue;
      }
      restrictions.add(new RestrictionChecker.Restriction(column, relation.operator()));
      for (CqlLexer.Token marker : relation.markers()) {
        text.append(clause, copied, marker.start()).append('?');
        copied = marker.end();
        int index = cql.countMarker();
        if (marker.type() == CqlLexer.Type.POSITIONAL_MARKER) {
          ctx.errorOnAttribute(
              annotation, attribute, Message.WHERE_POSITIONAL_MARKER, label, column.property());
          failed = true;
          continue;
        }
        ParameterParser.Param param = ctx.params.value(marker.text());
        if (param == null) {
          ctx.errorOnAttribute(
              annotation,
              attribute,
              Message.EXPRESSION_PARAMETER_UNKNOWN,
              attribute,
              clause,
              ctx.name(),
              marker.text());
          failed = true;
          continue;
        }
        used.add(param.name());
        Operator op = relation.singleMarker() ? relation.operator() : Operator.CONTAINS;
        Binding binding =
            op == Operator.CONTAINS || op == Operator.CONTAINS_KEY
                ? Bindings.value(ctx, param, index)
                : Bindings.forColumn(ctx, table, param, column, op, index, false);
        if (binding == null) {
          failed = true;
        } else {
          bindings.add(binding);
        }
      }
    }
    if (failed) {
      return null;
    }
    text.append(clause.substring(copied));
    cql.append(text.toString().trim());
    bindings.forEach(cql::bind);
    return new Result(restrictions, used);
  }

  static String columnNames(TableModel table) {
    return String.join(", ", table.columns().stream().map(ColumnModel::cql).toList());
  }
}
