package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.method.FinderNameParser.Action;
import io.sibyl.mapper.processor.parse.method.ReturnTypeParser.Raw;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Parses methods whose name says what they do ({@code findBy...}, {@code countBy...}, {@code
 * existsBy...}, {@code deleteBy...}), checking the restrictions at compile time. In named steps;
 * each step reports what breaks its rule and returns false, which ends the parse.
 */
final class DerivedMethodParser {

  private final MethodContext ctx;
  private TableModel table;
  private FinderNameParser.Finder finder;
  private final List<Statements.Term> terms = new ArrayList<>();
  private ReturnShape shape;
  private final CqlBuilder cql = new CqlBuilder();

  private DerivedMethodParser(MethodContext ctx) {
    this.ctx = ctx;
  }

  static RepositoryMethod parse(MethodContext ctx) {
    DerivedMethodParser parser = new DerivedMethodParser(ctx);
    if (!(parser.table()
        && parser.finder()
        && parser.parameterCount()
        && parser.terms()
        && Statements.noTtlOption(ctx, "derived"))) {
      return null;
    }
    if (parser.finder.action() == Action.DELETE) {
      return parser.deletesByKeyOnly() && parser.deleteShape() && parser.deleteStatement()
          ? parser.method(RepositoryMethod.Kind.DELETE)
          : null;
    }
    return parser.selectShape()
            && parser.selectStatement()
            && parser.orderBy()
            && parser.limitAndFiltering()
            && parser.restrictionsServable()
        ? parser.method(RepositoryMethod.Kind.SELECT)
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

  /** Rule: the name is made of the entity's properties (and known keywords). */
  private boolean finder() {
    List<String> properties = table.columns().stream().map(ColumnModel::property).toList();
    try {
      finder = FinderNameParser.parse(ctx.name(), properties);
      return true;
    } catch (FinderNameParser.NameException e) {
      ctx.error(
          Message.FINDER_UNKNOWN_PROPERTY,
          ctx.name(),
          e.segment(),
          table.entity().simpleName(),
          String.join(", ", properties));
      return false;
    }
  }

  /** Rule: one parameter per criterion (two for Between), in the order the name gives them. */
  private boolean parameterCount() {
    List<ParameterParser.Param> values = ctx.params.values();
    if (values.size() != finder.parameterCount()) {
      ctx.error(
          Message.FINDER_PARAMETER_COUNT,
          ctx.name(),
          finder.parameterCount(),
          finder.criteria().stream().map(c -> c.property() + " " + c.operator().cql()).toList(),
          values.size());
      return false;
    }
    return true;
  }

  /** The restrictions: each criterion's column, operator and parameter(s). */
  private boolean terms() {
    List<ParameterParser.Param> values = ctx.params.values();
    int next = 0;
    for (FinderNameParser.Criterion criterion : finder.criteria()) {
      ColumnModel column = table.byProperty(criterion.property()).orElseThrow();
      if (!operatorFits(ctx, column, criterion.operator())) {
        return false;
      }
      if (criterion.between()) {
        terms.add(new Statements.Term(column, Operator.GTE, values.get(next++)));
        terms.add(new Statements.Term(column, Operator.LTE, values.get(next++)));
      } else {
        terms.add(new Statements.Term(column, criterion.operator(), values.get(next++)));
      }
    }
    return true;
  }

  /** Rule: Contains(Key) looks inside collections (maps); other operators compare scalars. */
  private static boolean operatorFits(MethodContext ctx, ColumnModel column, Operator operator) {
    boolean collection = column.cqlType() != null && column.cqlType().isCollection();
    boolean fits =
        switch (operator) {
          case CONTAINS -> collection;
          case CONTAINS_KEY -> collection && column.cqlType().name().equals("map");
          default -> !collection || operator == Operator.EQ;
        };
    if (!fits) {
      ctx.error(
          Message.FINDER_OPERATOR_UNSUPPORTED,
          ctx.name(),
          operator.cql(),
          column.property(),
          column.cqlTypeText(),
          operator == Operator.CONTAINS || operator == Operator.CONTAINS_KEY
              ? "it applies to collections (CONTAINS KEY to maps)"
              : "compare collections with = or look inside them with Contains");
    }
    return fits;
  }

  /** Rule: countBy returns a count, existsBy a boolean, findBy entities. */
  private boolean selectShape() {
    shape =
        switch (finder.action()) {
          case COUNT ->
              ReturnShapes.resolve(
                  ctx,
                  "countBy",
                  EnumSet.of(Raw.LONG, Raw.RESULT_SET, Raw.BOUND_STATEMENT),
                  null,
                  null,
                  null);
          case EXISTS ->
              ReturnShapes.resolve(
                  ctx,
                  "existsBy",
                  EnumSet.of(Raw.BOOLEAN, Raw.RESULT_SET, Raw.BOUND_STATEMENT),
                  ReturnShape.Kind.EXISTS,
                  null,
                  null);
          default -> ReturnShapes.resolve(ctx, "findBy", ReturnShapes.reads(), null, table, null);
        };
    return shape != null;
  }

  /** {@code SELECT count(*) | <partition key> | <every column> FROM t WHERE ...}. */
  private boolean selectStatement() {
    String projection =
        switch (finder.action()) {
          case COUNT -> "count(*)";
          case EXISTS ->
              String.join(", ", table.partitionKey().stream().map(ColumnModel::cql).toList());
          default -> Statements.allColumns(table);
        };
    Statements.selectColumns(ctx, table, projection, cql);
    return Statements.where(ctx, table, terms, cql);
  }

  /** Rule: ORDER BY needs the partition fixed (by = or IN on every partition key column). */
  private boolean orderBy() {
    if (finder.orders().isEmpty()) {
      return true;
    }
    boolean partitionFixed =
        table.partitionKey().stream()
            .allMatch(
                c ->
                    terms.stream()
                        .anyMatch(
                            t ->
                                t.column() == c
                                    && (t.operator() == Operator.EQ
                                        || t.operator() == Operator.IN)));
    List<String> columns = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (FinderNameParser.Order order : finder.orders()) {
      ColumnModel column = table.byProperty(order.property()).orElseThrow();
      columns.add(column.cql());
      descending.add(order.descending());
      parts.add(column.cql() + (order.descending() ? " DESC" : " ASC"));
    }
    String problem = RestrictionChecker.checkOrdering(table, columns, descending, partitionFixed);
    if (problem != null) {
      ctx.error(Message.SELECT_ORDER_BY_INVALID, String.join(", ", parts), problem);
      return false;
    }
    cql.append(" ORDER BY " + String.join(", ", parts));
    return true;
  }

  /** {@code LIMIT} (one row for existsBy) and {@code ALLOW FILTERING}. */
  private boolean limitAndFiltering() {
    int limit = finder.action() == Action.EXISTS ? 1 : finder.limit();
    if (limit > 0) {
      cql.append(" LIMIT " + limit);
    }
    if (finder.allowFiltering()) {
      cql.append(" ALLOW FILTERING");
    }
    return true;
  }

  /** Rule: Cassandra must be able to serve the restrictions (reported as it would refuse them). */
  private boolean restrictionsServable() {
    List<RestrictionChecker.Restriction> restrictions =
        terms.stream()
            .map(t -> new RestrictionChecker.Restriction(t.column(), t.operator()))
            .toList();
    return Findings.report(
        ctx, RestrictionChecker.check(ctx.name(), table, restrictions, finder.allowFiltering()));
  }

  /**
   * Rule: a delete names whole partitions (= or IN on every partition key column), then a
   * clustering prefix, and nothing else: Cassandra deletes by key only.
   */
  private boolean deletesByKeyOnly() {
    for (ColumnModel column : table.partitionKey()) {
      if (terms.stream()
          .noneMatch(
              t ->
                  t.column() == column
                      && (t.operator() == Operator.EQ || t.operator() == Operator.IN))) {
        ctx.error(
            Message.KEY_PARAMETERS_INCOMPLETE,
            ctx.name(),
            "the whole partition key",
            column.property());
        return false;
      }
    }
    ColumnModel gap = null;
    for (ColumnModel column : table.clusteringColumns()) {
      boolean restricted = terms.stream().anyMatch(t -> t.column() == column);
      if (!restricted) {
        gap = gap == null ? column : gap;
      } else if (gap != null) {
        ctx.error(Message.KEY_PARAMETERS_NOT_PREFIX, ctx.name(), column.property(), gap.property());
        return false;
      }
    }
    for (Statements.Term term : terms) {
      if (term.column().role() == ColumnRole.REGULAR || term.column().role() == ColumnRole.STATIC) {
        ctx.error(
            Message.PARAMETER_UNMATCHED,
            term.param().name(),
            table.cql(),
            String.join(", ", table.primaryKey().stream().map(ColumnModel::cql).toList()));
        return false;
      }
    }
    return true;
  }

  /** Rule: a deleteBy cannot say whether it applied: a write's shapes. */
  private boolean deleteShape() {
    shape = ReturnShapes.resolve(ctx, "deleteBy", ReturnShapes.writes(false), null, null, null);
    return shape != null;
  }

  /** {@code DELETE FROM t WHERE ...}. */
  private boolean deleteStatement() {
    cql.append("DELETE FROM ").table(table.cql(), ctx.keyspace(table));
    return Statements.where(ctx, table, terms, cql);
  }

  private RepositoryMethod method(RepositoryMethod.Kind kind) {
    MethodPlan plan = MethodPlan.of(ctx, cql, shape);
    // Like @Delete: key values are bound as they are, a null one included (never left unset).
    return kind == RepositoryMethod.Kind.DELETE
        ? plan.nullSaving(NullSavingStrategy.SET_TO_NULL).method(kind)
        : plan.method(kind);
  }
}
