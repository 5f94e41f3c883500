package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.CallOptionModel;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.WriteRules;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Pieces of statement text that several method kinds share. */
final class Statements {

  /** A restriction on a column, fed by a parameter. */
  record Term(ColumnModel column, Operator operator, ParameterParser.Param param) {}

  private Statements() {}

  /** {@code SELECT <columns> FROM <table>}. */
  static void selectColumns(
      MethodContext ctx, TableModel table, String projection, CqlBuilder cql) {
    cql.append("SELECT " + projection + " FROM ").table(table.cql(), ctx.keyspace(table));
  }

  /**
   * Every column of the table, as the generated row codec reads them: the columns, then the
   * discriminator of a polymorphic table (at {@link TableModel#discriminatorIndex()}).
   */
  static String allColumns(TableModel table) {
    String columns =
        table.columns().stream().map(ColumnModel::cql).collect(Collectors.joining(", "));
    return table.isPolymorphic() ? columns + ", " + table.discriminator().cql() : columns;
  }

  /** Appends {@code " WHERE a = ? AND b > ?"}; false when a parameter does not fit (reported). */
  static boolean where(MethodContext ctx, TableModel table, List<Term> terms, CqlBuilder cql) {
    boolean ok = true;
    for (int i = 0; i < terms.size(); i++) {
      Term term = terms.get(i);
      cql.append(i == 0 ? " WHERE " : " AND ")
          .append(term.column().cql() + " " + term.operator().cql() + " ");
      Binding binding =
          Bindings.forColumn(
              ctx, table, term.param(), term.column(), term.operator(), cql.marker(), false);
      if (binding == null) {
        ok = false;
      } else {
        cql.bind(binding);
      }
    }
    return ok;
  }

  /** Binds an expression's parameter (or writes its literal) as {@code prefix ?}. */
  static boolean expression(
      MethodContext ctx, Expressions.Expression expression, String prefix, CqlBuilder cql) {
    if (!expression.isPresent()) {
      return true;
    }
    cql.append(prefix);
    if (expression.literal() != null) {
      cql.append(expression.literal());
      return true;
    }
    Binding binding = Bindings.value(ctx, expression.parameter(), cql.marker());
    if (binding != null) {
      cql.bind(binding);
    }
    return binding != null;
  }

  /** The option parameters that apply to the statement itself (all but TTL). */
  static List<CallOptionModel> statementOptions(MethodContext ctx) {
    return ctx.params.options().stream().filter(o -> o.kind() != CallOption.Kind.TTL).toList();
  }

  /** Reports TTL options on methods that cannot use them; false when there is one. */
  static boolean noTtlOption(MethodContext ctx, String kind) {
    for (CallOptionModel option : ctx.params.options(CallOption.Kind.TTL)) {
      ctx.errorOn(
          parameter(ctx, option.parameter()),
          Message.OPTION_NOT_APPLICABLE,
          CallOption.Kind.TTL,
          kind,
          "only inserts and updates have a TTL");
      return false;
    }
    return true;
  }

  /**
   * Reports value parameters that no clause used; false when there is one.
   *
   * @param table the table whose columns the message lists
   */
  static boolean allUsed(MethodContext ctx, TableModel table, List<String> used) {
    boolean ok = true;
    for (ParameterParser.Param param : ctx.params.values()) {
      if (!used.contains(param.name())) {
        ctx.errorOn(
            param.element(),
            Message.PARAMETER_UNMATCHED,
            param.name(),
            table.cql(),
            ClauseRewriter.columnNames(table));
        ok = false;
      }
    }
    return ok;
  }

  /** The column a parameter names, by property name then by column name. */
  static ColumnModel columnOf(TableModel table, String parameter) {
    return table.byProperty(parameter).or(() -> table.byCqlName(parameter)).orElse(null);
  }

  static javax.lang.model.element.Element parameter(MethodContext ctx, String name) {
    return ctx.method.getParameters().stream()
        .filter(p -> p.getSimpleName().contentEquals(name))
        .findFirst()
        .map(p -> (javax.lang.model.element.Element) p)
        .orElse(ctx.method);
  }

  /**
   * Key parameters in key order, checked to be the partition key then a clustering prefix; null
   * when they are not (reported).
   *
   * @param wholeKey whether the full primary key is required
   */
  static List<Term> keyTerms(
      MethodContext ctx,
      TableModel table,
      List<ParameterParser.Param> params,
      boolean wholeKey,
      String what) {
    List<Term> terms = new ArrayList<>();
    for (ColumnModel column : table.partitionKey()) {
      ParameterParser.Param param = find(table, params, column);
      if (param == null) {
        ctx.error(Message.KEY_PARAMETERS_INCOMPLETE, ctx.name(), what, column.property());
        return null;
      }
      terms.add(new Term(column, Operator.EQ, param));
    }
    ColumnModel gap = null;
    for (ColumnModel column : table.clusteringColumns()) {
      ParameterParser.Param param = find(table, params, column);
      if (param == null) {
        if (wholeKey) {
          ctx.error(Message.KEY_PARAMETERS_INCOMPLETE, ctx.name(), what, column.property());
          return null;
        }
        gap = gap == null ? column : gap;
      } else if (gap != null) {
        ctx.errorOn(
            param.element(),
            Message.KEY_PARAMETERS_NOT_PREFIX,
            ctx.name(),
            column.property(),
            gap.property());
        return null;
      } else {
        terms.add(new Term(column, Operator.EQ, param));
      }
    }
    return terms;
  }

  private static ParameterParser.Param find(
      TableModel table, List<ParameterParser.Param> params, ColumnModel column) {
    for (ParameterParser.Param param : params) {
      if (columnOf(table, param.name()) == column) {
        return param;
      }
    }
    return null;
  }

  /**
   * The table's method that prepares an entity parameter before an insert ({@code prepareInsert})
   * or an update ({@code prepareUpdate}), or null when the entity declares no default or check that
   * the write would run.
   */
  static String prepare(MethodContext ctx, TableModel table, boolean insert) {
    WriteRules rules = ctx.processor.catalog().writeRules(table.entity());
    if (rules.hasChecks() || insert && rules.hasDefaults()) {
      return insert ? "prepareInsert" : "prepareUpdate";
    }
    return null;
  }
}
