package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** Parses {@code @Delete} methods: by entity, or by the partition key and a clustering prefix. */
final class DeleteMethodParser {

  private DeleteMethodParser() {}

  static RepositoryMethod parse(MethodContext ctx) {
    Delete delete = ctx.method.getAnnotation(Delete.class);
    List<ParameterParser.Param> values = ctx.params.values();
    TypeElement first = values.isEmpty() ? null : MoreTypes.element(values.get(0).type());
    boolean byEntity = first != null && Polymorphism.isMapped(first);
    TypeElement entity = byEntity ? first : ctx.repository.defaultEntity();
    if (entity == null) {
      ctx.error(Message.REPOSITORY_ENTITY_UNKNOWN, ctx.name());
      return null;
    }
    Optional<TableModel> found = ctx.table(entity, byEntity ? values.get(0).element() : ctx.method);
    if (found.isEmpty() || !Statements.noTtlOption(ctx, "@Delete")) {
      return null;
    }
    TableModel table = found.get();
    Expressions.Expression timestamp =
        Expressions.parse(ctx, Delete.class, "timestamp", delete.timestamp());
    if (timestamp == null) {
      return null;
    }
    boolean conditional = Conditions.isConditional(delete.ifExists(), delete.ifCondition());
    ReturnShape shape =
        ReturnShapes.resolve(
            ctx,
            "@Delete",
            ReturnShapes.writes(conditional),
            ReturnShape.Kind.APPLIED,
            table,
            conditional
                ? null
                : "boolean and LwtResult need ifExists or ifCondition; otherwise"
                    + " return void, ResultSet or BoundStatement");
    if (shape == null) {
      return null;
    }
    CqlBuilder cql = new CqlBuilder();
    cql.append("DELETE FROM ").table(table.cql(), ctx.keyspace(table));
    List<String> used = new ArrayList<>();
    if (timestamp.parameter() != null) {
      used.add(timestamp.parameter().name());
    }
    if (!Statements.expression(ctx, timestamp, " USING TIMESTAMP ", cql)) {
      return null;
    }
    if (byEntity) {
      used.add(values.get(0).name());
      List<Integer> at = new ArrayList<>(Collections.nCopies(table.columns().size(), -1));
      List<ColumnModel> key = table.primaryKey();
      for (int i = 0; i < key.size(); i++) {
        cql.append((i == 0 ? " WHERE " : " AND ") + key.get(i).cql() + " = ");
        at.set(table.indexOf(key.get(i)), cql.marker());
      }
      cql.bind(new Binding.Entity(values.get(0).name(), MethodContext.tableClass(table), at));
    } else {
      List<ParameterParser.Param> keys =
          values.stream()
              .filter(p -> !used.contains(p.name()))
              .filter(
                  p -> {
                    ColumnModel column = Statements.columnOf(table, p.name());
                    return column != null && column.role().isKey();
                  })
              .toList();
      List<Statements.Term> terms =
          Statements.keyTerms(
              ctx,
              table,
              keys,
              conditional,
              conditional
                  ? "the whole primary key (conditional deletes need it)"
                  : "the partition key");
      if (terms == null || !Statements.where(ctx, table, terms, cql)) {
        return null;
      }
      terms.forEach(t -> used.add(t.param().name()));
    }
    Set<String> conditionParams =
        Conditions.append(ctx, table, Delete.class, delete.ifExists(), delete.ifCondition(), cql);
    if (conditionParams == null) {
      return null;
    }
    used.addAll(conditionParams);
    if (!Statements.allUsed(ctx, table, used)) {
      return null;
    }
    StatementPlan plan =
        new StatementPlan(
            cql.template(),
            !conditional,
            cql.bindings(),
            Statements.statementOptions(ctx),
            -1,
            shape,
            NullSavingStrategy.SET_TO_NULL);
    return new RepositoryMethod(
        RepositoryMethod.Kind.DELETE,
        ctx.name(),
        ctx.parameterModels(),
        TypeName.get(ctx.method.getReturnType()),
        plan);
  }
}
