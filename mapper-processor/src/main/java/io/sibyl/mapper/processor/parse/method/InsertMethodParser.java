package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.lang.model.element.TypeElement;

/**
 * Parses {@code @Insert} methods, in named steps; each step reports what breaks its rule and
 * returns false, which ends the parse.
 */
final class InsertMethodParser {

  private final MethodContext ctx;
  private final Insert insert;
  private ParameterParser.Param entity;
  private TableModel table;
  private WriteOptions.Using using;
  private ReturnShape shape;
  private final CqlBuilder cql = new CqlBuilder();
  private int ttlMarker;

  private InsertMethodParser(MethodContext ctx) {
    this.ctx = ctx;
    this.insert = ctx.method.getAnnotation(Insert.class);
  }

  static RepositoryMethod parse(MethodContext ctx) {
    InsertMethodParser parser = new InsertMethodParser(ctx);
    return parser.entityParameter()
            && parser.regularTable()
            && parser.usingClause()
            && parser.returnShape()
            && parser.everyParameterUsed()
            && parser.statement()
        ? parser.method()
        : null;
  }

  /** Rule: the first value parameter is the {@code @Table} entity to insert. */
  private boolean entityParameter() {
    List<ParameterParser.Param> values = ctx.params.values();
    TypeElement type = values.isEmpty() ? null : MoreTypes.element(values.get(0).type());
    if (type == null || !Polymorphism.isMapped(type)) {
      TypeElement expected = ctx.repository.defaultEntity();
      ctx.error(
          Message.INSERT_ENTITY_PARAMETER,
          expected == null ? "@Table entity" : expected.getSimpleName());
      return false;
    }
    entity = values.get(0);
    table = ctx.table(type, entity.element()).orElse(null);
    return table != null;
  }

  /** Rule: counter tables take no inserts, only increments. */
  private boolean regularTable() {
    if (table.isCounterTable()) {
      ctx.error(Message.INSERT_INTO_COUNTER_TABLE, table.cql());
      return false;
    }
    return true;
  }

  /** The {@code USING TTL ... AND TIMESTAMP ...} attributes and parameters. */
  private boolean usingClause() {
    using = WriteOptions.parse(ctx, Insert.class, insert.ttl(), insert.timestamp());
    return using != null;
  }

  /** Rule: only {@code IF NOT EXISTS} inserts can say whether they applied. */
  private boolean returnShape() {
    shape =
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
    return shape != null;
  }

  /** Rule: a value parameter is the entity, or feeds the USING clause; no other is allowed. */
  private boolean everyParameterUsed() {
    List<String> used = new ArrayList<>(using.used());
    used.add(entity.name());
    return Statements.allUsed(ctx, table, used);
  }

  /** {@code INSERT INTO t (every column) VALUES (?, ...) [IF NOT EXISTS] [USING ...]}. */
  private boolean statement() {
    cql.append("INSERT INTO ")
        .table(table.cql(), ctx.keyspace(table))
        .append(" (" + Statements.allColumns(table) + ") VALUES (");
    for (int i = 0; i < table.descriptorSize(); i++) {
      cql.append(i == 0 ? "" : ", ");
      cql.marker();
    }
    cql.append(")");
    cql.bind(
        new Binding.Entity(
            entity.name(),
            MethodContext.tableClass(table),
            IntStream.range(0, table.descriptorSize()).boxed().toList(),
            Statements.prepare(ctx, table, true)));
    if (insert.ifNotExists()) {
      cql.append(" IF NOT EXISTS");
    }
    ttlMarker = WriteOptions.append(ctx, using, cql, true);
    return ttlMarker != Integer.MIN_VALUE;
  }

  /** Rule: writing nulls as nulls leaves tombstones, a warning. */
  private RepositoryMethod method() {
    NullSavingStrategy nullSaving = ctx.nullSaving(table, insert.nullSaving());
    if (nullSaving == NullSavingStrategy.SET_TO_NULL) {
      ctx.error(Message.NULLS_WRITE_TOMBSTONES, "@Insert method " + ctx.name() + "()");
    }
    // An IF NOT EXISTS insert applied twice reports "not applied" the second time.
    return MethodPlan.of(ctx, cql, shape)
        .idempotent(!insert.ifNotExists())
        .ttlMarker(ttlMarker)
        .nullSaving(nullSaving)
        .method(RepositoryMethod.Kind.INSERT);
  }
}
