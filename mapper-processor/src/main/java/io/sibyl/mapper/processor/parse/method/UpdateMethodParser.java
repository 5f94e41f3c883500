package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Update;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Parses {@code @Update} methods: of a whole entity, of chosen columns, or by parameters. In named
 * steps; each step reports what breaks its rule and returns false, which ends the parse.
 */
final class UpdateMethodParser {

  private final MethodContext ctx;
  private final Update update;
  private final List<ParameterParser.Param> values;
  private final boolean conditional;
  private boolean byEntity;
  private TableModel table;
  private WriteOptions.Using using;
  private ReturnShape shape;
  private final CqlBuilder cql = new CqlBuilder();
  private int ttlMarker;
  private final List<String> used = new ArrayList<>();

  private UpdateMethodParser(MethodContext ctx) {
    this.ctx = ctx;
    this.update = ctx.method.getAnnotation(Update.class);
    this.values = ctx.params.values();
    this.conditional = Conditions.isConditional(update.ifExists(), update.ifCondition());
  }

  static RepositoryMethod parse(MethodContext ctx) {
    if (ChangedColumnsMethodParser.applies(ctx)) {
      return ChangedColumnsMethodParser.parse(ctx);
    }
    UpdateMethodParser parser = new UpdateMethodParser(ctx);
    return parser.table()
            && parser.regularTable()
            && parser.usingClause()
            && parser.returnShape()
            && parser.updateUsing()
            && parser.setAndWhere()
            && parser.condition()
            && Statements.allUsed(ctx, parser.table, parser.used)
        ? parser.method()
        : null;
  }

  /** Rule: the table is the first parameter's when it is an entity, else the repository's. */
  private boolean table() {
    TypeElement first = values.isEmpty() ? null : MoreTypes.element(values.get(0).type());
    byEntity = first != null && Polymorphism.isMapped(first);
    TypeElement entity = byEntity ? first : ctx.repository.defaultEntity();
    if (entity == null) {
      ctx.error(Message.REPOSITORY_ENTITY_UNKNOWN, ctx.name());
      return false;
    }
    table = ctx.table(entity, byEntity ? values.get(0).element() : ctx.method).orElse(null);
    return table != null;
  }

  /** Rule: counter tables are updated by {@code @Increment} only. */
  private boolean regularTable() {
    if (table.isCounterTable()) {
      ctx.error(Message.UPDATE_COUNTER_TABLE, table.cql());
      return false;
    }
    return true;
  }

  /** The {@code USING TTL ... AND TIMESTAMP ...} attributes and parameters. */
  private boolean usingClause() {
    using = WriteOptions.parse(ctx, Update.class, update.ttl(), update.timestamp());
    if (using == null) {
      return false;
    }
    used.addAll(using.used());
    return true;
  }

  /** Rule: only conditional updates can say whether they applied. */
  private boolean returnShape() {
    shape =
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
    return shape != null;
  }

  /** {@code UPDATE t [USING ...]}. */
  private boolean updateUsing() {
    cql.append("UPDATE ").table(table.cql(), ctx.keyspace(table));
    ttlMarker = WriteOptions.append(ctx, using, cql, true);
    return ttlMarker != Integer.MIN_VALUE;
  }

  /** {@code SET ... WHERE ...}: from the entity, or from parameters named after columns. */
  private boolean setAndWhere() {
    Set<String> expected = Conditions.parametersNamedBy(ctx, update.ifCondition());
    return byEntity
        ? byEntity(ctx, table, update, values.get(0), cql, used)
        : byParameters(ctx, table, cql, used, expected);
  }

  /** {@code IF EXISTS} or {@code IF <condition>}, with the parameters the condition names. */
  private boolean condition() {
    Set<String> conditionParams =
        Conditions.append(ctx, table, Update.class, update.ifExists(), update.ifCondition(), cql);
    if (conditionParams == null) {
      return false;
    }
    used.addAll(conditionParams);
    return true;
  }

  /** Rule: writing nulls as nulls leaves tombstones, a warning. */
  private RepositoryMethod method() {
    NullSavingStrategy nullSaving = ctx.nullSaving(table, update.nullSaving());
    if (nullSaving == NullSavingStrategy.SET_TO_NULL) {
      ctx.error(Message.NULLS_WRITE_TOMBSTONES, "@Update method " + ctx.name() + "()");
    }
    // A conditional update applied twice reports "not applied" the second time.
    return MethodPlan.of(ctx, cql, shape)
        .idempotent(!conditional)
        .ttlMarker(ttlMarker)
        .nullSaving(nullSaving)
        .method(RepositoryMethod.Kind.UPDATE);
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
    List<Integer> at = new ArrayList<>(Collections.nCopies(table.descriptorSize(), -1));
    cql.append(" SET ");
    for (int i = 0; i < set.size(); i++) {
      cql.append((i == 0 ? "" : ", ") + set.get(i).cql() + " = ");
      at.set(table.indexOf(set.get(i)), cql.marker());
    }
    boolean staticOnly = set.stream().allMatch(c -> c.role() == ColumnRole.STATIC);
    if (table.isPolymorphic() && update.columns().length == 0 && !staticOnly) {
      // A whole-entity update also writes the row's type, so that it creates a readable row.
      cql.append(", " + table.discriminator().cql() + " = ");
      at.set(table.discriminatorIndex(), cql.marker());
    }
    List<ColumnModel> key = staticOnly ? table.partitionKey() : table.primaryKey();
    for (int i = 0; i < key.size(); i++) {
      cql.append((i == 0 ? " WHERE " : " AND ") + key.get(i).cql() + " = ");
      at.set(table.indexOf(key.get(i)), cql.marker());
    }
    cql.bind(
        new Binding.Entity(
            entity.name(),
            MethodContext.tableClass(table),
            at,
            Statements.prepare(ctx, table, false)));
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
