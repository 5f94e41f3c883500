package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.TypeElement;

/**
 * Parses {@code @Select} methods: by key parameters, or with a WHERE clause. In named steps; each
 * step reports what breaks its rule and returns false, which ends the parse.
 */
final class SelectMethodParser {

  private final MethodContext ctx;
  private final Select select;
  private TableModel table;
  private ReturnShape shape;
  private Expressions.Expression limit;
  private Expressions.Expression perPartition;
  private final CqlBuilder cql = new CqlBuilder();
  private final List<String> used = new ArrayList<>();
  private final List<RestrictionChecker.Restriction> restrictions = new ArrayList<>();

  private SelectMethodParser(MethodContext ctx) {
    this.ctx = ctx;
    this.select = ctx.method.getAnnotation(Select.class);
  }

  static RepositoryMethod parse(MethodContext ctx) {
    SelectMethodParser parser = new SelectMethodParser(ctx);
    return parser.table()
            && parser.returnShape()
            && Statements.noTtlOption(ctx, "@Select")
            && parser.limits()
            && parser.where()
            && Statements.allUsed(ctx, parser.table, parser.used)
            && parser.orderAndLimits()
            && parser.restrictionsServable()
        ? parser.method()
        : null;
  }

  /** Rule: the table is the returned entity's, else the repository's. */
  private boolean table() {
    TypeElement entity =
        ctx.returns.entity() != null ? ctx.returns.entity() : ctx.repository.defaultEntity();
    if (entity == null) {
      ctx.error(Message.REPOSITORY_ENTITY_UNKNOWN, ctx.name());
      return false;
    }
    table = ctx.readTable(entity, ctx.method).orElse(null);
    return table != null;
  }

  /** Rule: a select returns entities (one, optional, list, stream, pages) or the raw result. */
  private boolean returnShape() {
    shape = ReturnShapes.resolve(ctx, "@Select", ReturnShapes.reads(), null, table, null);
    return shape != null;
  }

  /** The {@code limit} and {@code perPartitionLimit} attributes: literals or parameters. */
  private boolean limits() {
    limit = Expressions.parse(ctx, Select.class, "limit", select.limit());
    perPartition =
        Expressions.parse(ctx, Select.class, "perPartitionLimit", select.perPartitionLimit());
    if (limit == null || perPartition == null) {
      return false;
    }
    usedBy(limit, used);
    usedBy(perPartition, used);
    return true;
  }

  /**
   * {@code SELECT <every column> FROM t WHERE ...}: from the hand-written clause, or from the
   * parameters named after columns. Rule: key parameters are the partition key then a clustering
   * prefix; other parameters restrict their regular columns.
   */
  private boolean where() {
    Statements.selectColumns(ctx, table, Statements.allColumns(table), cql);
    if (!select.where().isBlank()) {
      cql.append(" WHERE ");
      ClauseRewriter.Result where =
          ClauseRewriter.append(ctx, table, Select.class, "where", select.where(), cql);
      if (where == null) {
        return false;
      }
      used.addAll(where.used());
      restrictions.addAll(where.relations());
      return true;
    }
    List<ParameterParser.Param> candidates =
        ctx.params.values().stream()
            .filter(p -> !used.contains(p.name()))
            .filter(p -> Statements.columnOf(table, p.name()) != null)
            .toList();
    List<ParameterParser.Param> keys =
        candidates.stream()
            .filter(p -> Statements.columnOf(table, p.name()).role().isKey())
            .toList();
    List<Statements.Term> terms = new ArrayList<>();
    if (!keys.isEmpty()) {
      List<Statements.Term> keyTerms =
          Statements.keyTerms(ctx, table, keys, false, "the partition key");
      if (keyTerms == null) {
        return false;
      }
      terms.addAll(keyTerms);
    }
    for (ParameterParser.Param param : candidates) {
      ColumnModel column = Statements.columnOf(table, param.name());
      if (!column.role().isKey()) {
        terms.add(new Statements.Term(column, Operator.EQ, param));
      }
    }
    if (!Statements.where(ctx, table, terms, cql)) {
      return false;
    }
    terms.forEach(
        t -> {
          used.add(t.param().name());
          restrictions.add(new RestrictionChecker.Restriction(t.column(), t.operator()));
        });
    return true;
  }

  /** {@code ORDER BY}, {@code PER PARTITION LIMIT}, {@code LIMIT}, {@code ALLOW FILTERING}. */
  private boolean orderAndLimits() {
    // Rule: ORDER BY needs the partition fixed (by = or IN on every partition key column).
    boolean partitionFixed =
        table.partitionKey().stream()
            .allMatch(
                c ->
                    restrictions.stream()
                        .anyMatch(
                            r ->
                                r.column() == c
                                    && (r.operator() == Operator.EQ
                                        || r.operator() == Operator.IN)));
    if (!orderBy(ctx, table, select.orderBy(), partitionFixed, cql)
        || !Statements.expression(ctx, perPartition, " PER PARTITION LIMIT ", cql)
        || !Statements.expression(ctx, limit, " LIMIT ", cql)) {
      return false;
    }
    if (select.allowFiltering()) {
      cql.append(" ALLOW FILTERING");
    }
    return true;
  }

  /** Rule: Cassandra must be able to serve the restrictions (reported as it would refuse them). */
  private boolean restrictionsServable() {
    return Findings.report(
        ctx, RestrictionChecker.check(ctx.name(), table, restrictions, select.allowFiltering()));
  }

  private RepositoryMethod method() {
    return MethodPlan.of(ctx, cql, shape).method(RepositoryMethod.Kind.SELECT);
  }

  private static void usedBy(Expressions.Expression expression, List<String> used) {
    if (expression.parameter() != null) {
      used.add(expression.parameter().name());
    }
  }

  private static boolean orderBy(
      MethodContext ctx,
      TableModel table,
      String[] orderBy,
      boolean partitionFixed,
      CqlBuilder cql) {
    if (orderBy.length == 0) {
      return true;
    }
    List<String> columns = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (String entry : orderBy) {
      String[] words = entry.trim().split("\\s+");
      String direction = words.length > 1 ? words[1].toUpperCase(Locale.ROOT) : "ASC";
      if (words.length > 2
          || words[0].isEmpty()
          || !(direction.equals("ASC") || direction.equals("DESC"))) {
        ctx.errorOnAttribute(
            Select.class,
            "orderBy",
            Message.SELECT_ORDER_BY_INVALID,
            entry,
            "write a clustering column and ASC or DESC, such as \"order_date DESC\"");
        return false;
      }
      columns.add(words[0]);
      descending.add(direction.equals("DESC"));
      ColumnModel column = table.byCqlName(words[0]).orElse(null);
      parts.add((column == null ? words[0] : column.cql()) + " " + direction);
    }
    String problem = RestrictionChecker.checkOrdering(table, columns, descending, partitionFixed);
    if (problem != null) {
      ctx.errorOnAttribute(
          Select.class,
          "orderBy",
          Message.SELECT_ORDER_BY_INVALID,
          String.join(", ", orderBy),
          problem);
      return false;
    }
    cql.append(" ORDER BY " + String.join(", ", parts));
    return true;
  }
}
