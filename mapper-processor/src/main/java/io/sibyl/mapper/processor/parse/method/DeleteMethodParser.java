package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
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
 * Parses {@code @Delete} methods: by entity, or by the partition key and a clustering prefix. In
 * named steps; each step reports what breaks its rule and returns false, which ends the parse.
 */
final class DeleteMethodParser {

  private final MethodContext ctx;
  private final Delete delete;
  private final List<ParameterParser.Param> values;
  private final boolean conditional;
  private boolean byEntity;
  private TableModel table;
  private Expressions.Expression timestamp;
  private ReturnShape shape;
  private final CqlBuilder cql = new CqlBuilder();
  private final List<String> used = new ArrayList<>();

  private DeleteMethodParser(MethodContext ctx) {
    this.ctx = ctx;
    this.delete = ctx.method.getAnnotation(Delete.class);
    this.values = ctx.params.values();
    this.conditional = Conditions.isConditional(delete.ifExists(), delete.ifCondition());
  }

  static RepositoryMethod parse(MethodContext ctx) {
    DeleteMethodParser parser = new DeleteMethodParser(ctx);
    return parser.table()
            && Statements.noTtlOption(ctx, "@Delete")
            && parser.timestamp()
            && parser.returnShape()
            && parser.deleteFrom()
            && parser.where()
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

  /** The {@code timestamp} attribute: a literal or a parameter reference. */
  private boolean timestamp() {
    timestamp = Expressions.parse(ctx, Delete.class, "timestamp", delete.timestamp());
    return timestamp != null;
  }

  /** Rule: only conditional deletes can say whether they applied. */
  private boolean returnShape() {
    shape =
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
    return shape != null;
  }

  /** {@code DELETE FROM t [USING TIMESTAMP ?]}. */
  private boolean deleteFrom() {
    cql.append("DELETE FROM ").table(table.cql(), ctx.keyspace(table));
    if (timestamp.parameter() != null) {
      used.add(timestamp.parameter().name());
    }
    return Statements.expression(ctx, timestamp, " USING TIMESTAMP ", cql);
  }

  /**
   * {@code WHERE} the entity's primary key, or the key parameters. Rule: key parameters are the
   * partition key then a clustering prefix; conditional deletes need the whole primary key.
   */
  private boolean where() {
    if (byEntity) {
      used.add(values.get(0).name());
      List<Integer> at = new ArrayList<>(Collections.nCopies(table.descriptorSize(), -1));
      List<ColumnModel> key = table.primaryKey();
      for (int i = 0; i < key.size(); i++) {
        cql.append((i == 0 ? " WHERE " : " AND ") + key.get(i).cql() + " = ");
        at.set(table.indexOf(key.get(i)), cql.marker());
      }
      cql.bind(new Binding.Entity(values.get(0).name(), MethodContext.tableClass(table), at));
      return true;
    }
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
      return false;
    }
    terms.forEach(t -> used.add(t.param().name()));
    return true;
  }

  /** {@code IF EXISTS} or {@code IF <condition>}, with the parameters the condition names. */
  private boolean condition() {
    Set<String> conditionParams =
        Conditions.append(ctx, table, Delete.class, delete.ifExists(), delete.ifCondition(), cql);
    if (conditionParams == null) {
      return false;
    }
    used.addAll(conditionParams);
    return true;
  }

  private RepositoryMethod method() {
    // A conditional delete applied twice reports "not applied" the second time.
    return MethodPlan.of(ctx, cql, shape)
        .idempotent(!conditional)
        .nullSaving(NullSavingStrategy.SET_TO_NULL)
        .method(RepositoryMethod.Kind.DELETE);
  }
}
