package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/** Parses {@code @Select} methods: by key parameters, or with a WHERE clause. */
final class SelectMethodParser {

  private SelectMethodParser() {}

  static RepositoryMethod parse(MethodContext ctx) {
    Select select = ctx.method.getAnnotation(Select.class);
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
    ReturnShape shape =
        ReturnShapes.resolve(ctx, "@Select", ReturnShapes.reads(), null, table, null);
    if (shape == null || !Statements.noTtlOption(ctx, "@Select")) {
      return null;
    }
    Expressions.Expression limit = Expressions.parse(ctx, Select.class, "limit", select.limit());
    Expressions.Expression perPartition =
        Expressions.parse(ctx, Select.class, "perPartitionLimit", select.perPartitionLimit());
    if (limit == null || perPartition == null) {
      return null;
    }
    CqlBuilder cql = new CqlBuilder();
    Statements.selectColumns(ctx, table, Statements.allColumns(table), cql);
    List<String> used = new ArrayList<>();
    usedBy(limit, used);
    usedBy(perPartition, used);
    List<RestrictionChecker.Restriction> restrictions = new ArrayList<>();
    if (select.where().isBlank()) {
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
          return null;
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
        return null;
      }
      terms.forEach(
          t -> {
            used.add(t.param().name());
            restrictions.add(new RestrictionChecker.Restriction(t.column(), t.operator()));
          });
    } else {
      cql.append(" WHERE ");
      ClauseRewriter.Result where =
          ClauseRewriter.append(ctx, table, Select.class, "where", select.where(), cql);
      if (where == null) {
        return null;
      }
      used.addAll(where.used());
      restrictions.addAll(where.relations());
    }
    if (!Statements.allUsed(ctx, table, used)) {
      return null;
    }
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
      return null;
    }
    if (select.allowFiltering()) {
      cql.append(" ALLOW FILTERING");
    }
    if (!Findings.report(
        ctx, RestrictionChecker.check(ctx.name(), table, restrictions, select.allowFiltering()))) {
      return null;
    }
    StatementPlan plan =
        new StatementPlan(
            cql.template(),
            true,
            cql.bindings(),
            Statements.statementOptions(ctx),
            -1,
            shape,
            NullSavingStrategy.DEFAULT);
    return new RepositoryMethod(
        RepositoryMethod.Kind.SELECT,
        ctx.name(),
        ctx.parameterModels(),
        com.palantir.javapoet.TypeName.get(ctx.method.getReturnType()),
        plan);
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
