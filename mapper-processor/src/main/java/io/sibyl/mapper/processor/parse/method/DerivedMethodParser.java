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
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * Parses methods whose name says what they do ({@code findBy...}, {@code countBy...}, {@code
 * existsBy...}, {@code deleteBy...}), checking the restrictions at compile time.
 */
final class DerivedMethodParser {

  private DerivedMethodParser() {}

  static RepositoryMethod parse(MethodContext ctx) {
    TypeElement entity =
        ctx.returns.entity() != null ? ctx.returns.entity() : ctx.repository.defaultEntity();
    if (entity == null) {
      ctx.error(Message.REPOSITORY_ENTITY_UNKNOWN, ctx.name());
      return null;
    }
    Optional<TableModel> found = ctx.table(entity, ctx.method);
    if (found.isEmpty()) {
      return null;
    }
    TableModel table = found.get();
    List<String> properties = table.columns().stream().map(ColumnModel::property).toList();
    FinderNameParser.Finder finder;
    try {
      finder = FinderNameParser.parse(ctx.name(), properties);
    } catch (FinderNameParser.NameException e) {
      ctx.error(
          Message.FINDER_UNKNOWN_PROPERTY,
          ctx.name(),
          e.segment(),
          table.entity().simpleName(),
          String.join(", ", properties));
      return null;
    }
    // Rule: one parameter per criterion (two for Between), in the order the name gives them.
    List<ParameterParser.Param> values = ctx.params.values();
    if (values.size() != finder.parameterCount()) {
      ctx.error(
          Message.FINDER_PARAMETER_COUNT,
          ctx.name(),
          finder.parameterCount(),
          finder.criteria().stream().map(c -> c.property() + " " + c.operator().cql()).toList(),
          values.size());
      return null;
    }
    List<Statements.Term> terms = new ArrayList<>();
    int next = 0;
    for (FinderNameParser.Criterion criterion : finder.criteria()) {
      ColumnModel column = table.byProperty(criterion.property()).orElseThrow();
      if (!operatorFits(ctx, column, criterion.operator())) {
        return null;
      }
      if (criterion.between()) {
        terms.add(new Statements.Term(column, Operator.GTE, values.get(next++)));
        terms.add(new Statements.Term(column, Operator.LTE, values.get(next++)));
      } else {
        terms.add(new Statements.Term(column, criterion.operator(), values.get(next++)));
      }
    }
    if (!Statements.noTtlOption(ctx, "derived")) {
      return null;
    }
    return finder.action() == Action.DELETE
        ? delete(ctx, table, terms)
        : select(ctx, table, finder, terms);
  }

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

  private static RepositoryMethod select(
      MethodContext ctx,
      TableModel table,
      FinderNameParser.Finder finder,
      List<Statements.Term> terms) {
    ReturnShape shape =
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
    if (shape == null) {
      return null;
    }
    CqlBuilder cql = new CqlBuilder();
    String projection =
        switch (finder.action()) {
          case COUNT -> "count(*)";
          case EXISTS ->
              String.join(", ", table.partitionKey().stream().map(ColumnModel::cql).toList());
          default -> Statements.allColumns(table);
        };
    Statements.selectColumns(ctx, table, projection, cql);
    if (!Statements.where(ctx, table, terms, cql)) {
      return null;
    }
    List<RestrictionChecker.Restriction> restrictions =
        terms.stream()
            .map(t -> new RestrictionChecker.Restriction(t.column(), t.operator()))
            .toList();
    if (!finder.orders().isEmpty()) {
      // Rule: ORDER BY needs the partition fixed (by = or IN on every partition key column).
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
        return null;
      }
      cql.append(" ORDER BY " + String.join(", ", parts));
    }
    // existsBy reads one row at most.
    int limit = finder.action() == Action.EXISTS ? 1 : finder.limit();
    if (limit > 0) {
      cql.append(" LIMIT " + limit);
    }
    if (finder.allowFiltering()) {
      cql.append(" ALLOW FILTERING");
    }
    // Rule: Cassandra must be able to serve the restrictions (reported as it would refuse them).
    if (!Findings.report(
        ctx, RestrictionChecker.check(ctx.name(), table, restrictions, finder.allowFiltering()))) {
      return null;
    }
    return MethodPlan.of(ctx, cql, shape).method(RepositoryMethod.Kind.SELECT);
  }

  private static RepositoryMethod delete(
      MethodContext ctx, TableModel table, List<Statements.Term> terms) {
    // Rule: a delete names whole partitions (= or IN on every partition key column)...
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
        return null;
      }
    }
    // ...then a clustering prefix...
    ColumnModel gap = null;
    for (ColumnModel column : table.clusteringColumns()) {
      boolean restricted = terms.stream().anyMatch(t -> t.column() == column);
      if (!restricted) {
        gap = gap == null ? column : gap;
      } else if (gap != null) {
        ctx.error(Message.KEY_PARAMETERS_NOT_PREFIX, ctx.name(), column.property(), gap.property());
        return null;
      }
    }
    // ...and nothing else: Cassandra deletes by key only.
    for (Statements.Term term : terms) {
      if (term.column().role() == ColumnRole.REGULAR || term.column().role() == ColumnRole.STATIC) {
        ctx.error(
            Message.PARAMETER_UNMATCHED,
            term.param().name(),
            table.cql(),
            String.join(", ", table.primaryKey().stream().map(ColumnModel::cql).toList()));
        return null;
      }
    }
    ReturnShape shape =
        ReturnShapes.resolve(ctx, "deleteBy", ReturnShapes.writes(false), null, null, null);
    if (shape == null) {
      return null;
    }
    CqlBuilder cql = new CqlBuilder();
    cql.append("DELETE FROM ").table(table.cql(), ctx.keyspace(table));
    if (!Statements.where(ctx, table, terms, cql)) {
      return null;
    }
    return MethodPlan.of(ctx, cql, shape)
        .nullSaving(NullSavingStrategy.SET_TO_NULL)
        .method(RepositoryMethod.Kind.DELETE);
  }
}
