package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.lang.model.element.TypeElement;

/** Parses {@code @Insert} methods. */
final class InsertMethodParser {

  private InsertMethodParser() {}

  static RepositoryMethod parse(MethodContext ctx) {
    Insert insert = ctx.method.getAnnotation(Insert.class);
    List<ParameterParser.Param> values = ctx.params.values();
    TypeElement entity = values.isEmpty() ? null : MoreTypes.element(values.get(0).type());
    if (entity == null || !Polymorphism.isMapped(entity)) {
      TypeElement expected = ctx.repository.defaultEntity();
      ctx.error(
          Message.INSERT_ENTITY_PARAMETER,
          expected == null ? "@Table entity" : expected.getSimpleName());
      return null;
    }
    ParameterParser.Param entityParam = values.get(0);
    Optional<TableModel> found = ctx.table(entity, entityParam.element());
    if (found.isEmpty()) {
      return null;
    }
    TableModel table = found.get();
    if (table.isCounterTable()) {
      ctx.error(Message.INSERT_INTO_COUNTER_TABLE, table.cql());
      return null;
    }
    WriteOptions.Using using =
        WriteOptions.parse(ctx, Insert.class, insert.ttl(), insert.timestamp());
    if (using == null) {
      return null;
    }
    ReturnShape shape =
        ReturnShapes.resolve(
            ctx,
            "@Insert",
            ReturnShapes.writes(insert.ifNotExists()),
            ReturnShape.Kind.APPLIED,
            table,
            insert.ifNotExists()
                ? null
                : "boolean and LwtResult need @Insert(ifNotExists = true);"
                    + " otherwise return void, ResultSet or BoundStatement");
    if (shape == null) {
      return null;
    }
    List<String> used = new ArrayList<>(using.used());
    used.add(entityParam.name());
    if (!Statements.allUsed(ctx, table, used)) {
      return null;
    }
    CqlBuilder cql = new CqlBuilder();
    cql.append("INSERT INTO ")
        .table(table.cql(), ctx.keyspace(table))
        .append(" (" + Statements.allColumns(table) + ") VALUES (");
    for (int i = 0; i < table.columns().size(); i++) {
      cql.append(i == 0 ? "" : ", ");
      cql.marker();
    }
    cql.append(")");
    cql.bind(
        new Binding.Entity(
            entityParam.name(),
            MethodContext.tableClass(table),
            IntStream.range(0, table.columns().size()).boxed().toList()));
    if (insert.ifNotExists()) {
      cql.append(" IF NOT EXISTS");
    }
    int ttlMarker = WriteOptions.append(ctx, using, cql, true);
    if (ttlMarker == Integer.MIN_VALUE) {
      return null;
    }
    NullSavingStrategy nullSaving = ctx.nullSaving(table, insert.nullSaving());
    if (nullSaving == NullSavingStrategy.SET_TO_NULL) {
      ctx.error(Message.NULLS_WRITE_TOMBSTONES, "@Insert method " + ctx.name() + "()");
    }
    StatementPlan plan =
        new StatementPlan(
            cql.template(),
            !insert.ifNotExists(),
            cql.bindings(),
            Statements.statementOptions(ctx),
            ttlMarker,
            shape,
            nullSaving);
    return new RepositoryMethod(
        RepositoryMethod.Kind.INSERT,
        ctx.name(),
        ctx.parameterModels(),
        TypeName.get(ctx.method.getReturnType()),
        plan);
  }
}
