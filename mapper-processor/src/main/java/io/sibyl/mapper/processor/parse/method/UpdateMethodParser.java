package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Update;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.Operator;
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

/** Parses {@code @Update} methods: of a whole entity, of chosen columns, or by parameters. */
final class UpdateMethodParser {

  private UpdateMethodParser() {}

  static RepositoryMethod parse(MethodContext ctx) {
    Update update = ctx.method.getAnnotation(Update.class);
    List<ParameterParser.Param> values = ctx.params.values();
    TypeElement first = values.isEmpty() ? null : MoreTypes.element(values.get(0).type());
    boolean byEntity = first != null && Polymorphism.isMapped(first);
    TypeElement entity = byEntity ? first : ctx.repository.defaultEntity();
    if (entity == null) {
      ctx.error(Message.REPOSITORY_ENTITY_UNKNOWN, ctx.name());
      return null;
    }
    Optional<TableModel> found = ctx.table(entity, byEntity ? values.get(0).element() : ctx.method);
    if (found.isEmpty()) {
      return null;
    }
    TableModel table = found.get();
    if (table.isCounterTable()) {
      ctx.error(Message.UPDATE_COUNTER_TABLE, table.cql());
      return null;
    }
    WriteOptions.Using using =
        WriteOptions.parse(ctx, Update.class, update.ttl(), update.timestamp());
    if (using == null) {
      return null;
    }
    boolean conditional = Conditions.isConditional(update.ifExists(), update.ifCondition());
    ReturnShape shape =
        ReturnShapes.resolve(
            ctx,
            "@Update",
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
    cql.append("UPDATE ").table(table.cql(), ctx.keyspace(table));
    int ttlMarker = WriteOptions.append(ctx, using, cql, true);
    if (ttlMarker == Integer.MIN_VALUE) {
      return null;
    }
    List<String> used = new ArrayList<>(using.used());
    Set<String> expected = Conditions.parametersNamedBy(ctx, update.ifCondition());
    boolean ok =
        byEntity
            ? byEntity(ctx, table, update, values.get(0), cql, used)
            : byParameters(ctx, table, cql, used, expected);
    if (!ok) {
      return null;
    }
    Set<String> conditionParams =
        Conditions.append(ctx, table, Update.class, update.ifExists(), update.ifCondition(), cql);
    if (conditionParams == null) {
      return null;
    }
    used.addAll(conditionParams);
    if (!Statements.allUsed(ctx, table, used)) {
      return null;
    }
    NullSavingStrategy nullSaving = ctx.nullSaving(table, update.nullSaving());
    if (nullSaving == NullSavingStrategy.SET_TO_NULL) {
      ctx.error(Message.NULLS_WRITE_TOMBSTONES, "@Update method " + ctx.name() + "()");
    }
    StatementPlan plan =
        new StatementPlan(
            cql.template(),
            !conditional,
            cql.bindings(),
            Statements.statementOptions(ctx),
            ttlMarker,
            shape,
            nullSaving);
    return new RepositoryMethod(
        RepositoryMethod.Kind.UPDATE,
        ctx.name(),
        ctx.parameterModels(),
        TypeName.get(ctx.method.getReturnType()),
        plan);
  }

  private static boolean byEntity(
      MethodContext ctx,
      TableModel table,
      Update update,
      ParameterParser.Param entity,
      CqlBuilder cql,
      List<String> used) {
    used.add(entity.name());
    List<ColumnModel> set = new ArrayList<>();
    if (update.columns().length == 0) {
      set.addAll(table.nonKeyColumns());
    } else {
      for (String name : update.columns()) {
        ColumnModel column = Statements.columnOf(table, name.trim());
        if (column == null || column.role().isKey()) {
          ctx.errorOnAttribute(
              Update.class,
              "columns",
              Message.UPDATE_UNKNOWN_COLUMN,
              name,
              table.cql(),
              String.join(
                  ", ", table.nonKeyColumns().stream().map(ColumnModel::property).toList()));
          return false;
        }
        set.add(column);
      }
    }
    if (set.isEmpty()) {
      ctx.error(Message.UPDATE_NOTHING_TO_SET, ctx.name());
      return false;
    }
    List<Integer> at = new ArrayList<>(Collections.nCopies(table.columns().size(), -1));
    cql.append(" SET ");
    for (int i = 0; i < set.size(); i++) {
      cql.append((i == 0 ? "" : ", ") + set.get(i).cql() + " = ");
      at.set(table.indexOf(set.get(i)), cql.marker());
    }
    List<ColumnModel> key =
        set.stream().allMatch(c -> c.role() == ColumnRole.STATIC)
            ? table.partitionKey()
            : table.primaryKey();
    for (int i = 0; i < key.size(); i++) {
      cql.append((i == 0 ? " WHERE " : " AND ") + key.get(i).cql() + " = ");
      at.set(table.indexOf(key.get(i)), cql.marker());
    }
    cql.bind(new Binding.Entity(entity.name(), MethodContext.tableClass(table), at));
    return true;
  }

  /**
   * SET clause and key from parameters named after columns; those that the condition names are its
   * expected values and set nothing ({@code ifCondition = "version = :version"}).
   */
  private static boolean byParameters(
      MethodContext ctx,
      TableModel table,
      CqlBuilder cql,
      List<String> used,
      Set<String> conditionParams) {
    List<ParameterParser.Param> keys = new ArrayList<>();
    List<ParameterParser.Param> sets = new ArrayList<>();
    for (ParameterParser.Param param : ctx.params.values()) {
      ColumnModel column = Statements.columnOf(table, param.name());
      if (column == null || used.contains(param.name())) {
        continue;
      }
      if (column.role().isKey()) {
        keys.add(param);
      } else if (!conditionParams.contains(param.name())) {
        sets.add(param);
      }
    }
    if (sets.isEmpty()) {
      ctx.error(Message.UPDATE_NOTHING_TO_SET, ctx.name());
      return false;
    }
    boolean staticOnly =
        sets.stream()
            .allMatch(p -> Statements.columnOf(table, p.name()).role() == ColumnRole.STATIC);
    List<Statements.Term> keyTerms =
        Statements.keyTerms(
            ctx,
            table,
            keys,
            !staticOnly,
            staticOnly ? "the partition key" : "the whole primary key");
    if (keyTerms == null) {
      return false;
    }
    cql.append(" SET ");
    for (int i = 0; i < sets.size(); i++) {
      ParameterParser.Param param = sets.get(i);
      ColumnModel column = Statements.columnOf(table, param.name());
      cql.append((i == 0 ? "" : ", ") + column.cql() + " = ");
      Binding binding =
          Bindings.forColumn(ctx, table, param, column, Operator.EQ, cql.marker(), true);
      if (binding == null) {
        return false;
      }
      cql.bind(binding);
      used.add(param.name());
    }
    keyTerms.forEach(t -> used.add(t.param().name()));
    return Statements.where(ctx, table, keyTerms, cql);
  }
}
