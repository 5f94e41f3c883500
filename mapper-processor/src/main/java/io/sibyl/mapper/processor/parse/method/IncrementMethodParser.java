package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.ValueAccess;
import io.sibyl.mapper.processor.parse.MoreTypes;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/**
 * Parses {@code @Increment} methods: {@code UPDATE ... SET c = c + ?} on counter tables. In named
 * steps; each step reports what breaks its rule and returns false, which ends the parse.
 */
final class IncrementMethodParser {

  private final MethodContext ctx;
  private TableModel table;
  private ReturnShape shape;
  private final List<ParameterParser.Param> keys = new ArrayList<>();
  private final List<ParameterParser.Param> deltas = new ArrayList<>();
  private List<Statements.Term> keyTerms;
  private final CqlBuilder cql = new CqlBuilder();

  private IncrementMethodParser(MethodContext ctx) {
    this.ctx = ctx;
  }

  static RepositoryMethod parse(MethodContext ctx) {
    IncrementMethodParser parser = new IncrementMethodParser(ctx);
    return parser.table()
            && Statements.noTtlOption(ctx, "@Increment")
            && parser.returnShape()
            && parser.keysAndDeltas()
            && parser.wholePrimaryKey()
            && parser.statement()
        ? parser.method()
        : null;
  }

  /** Rule: the table is the repository's entity (increments take no entity parameter). */
  private boolean table() {
    TypeElement entity = ctx.repository.defaultEntity();
    if (entity == null) {
      ctx.error(Message.REPOSITORY_ENTITY_UNKNOWN, ctx.name());
      return false;
    }
    table = ctx.table(entity, ctx.method).orElse(null);
    return table != null;
  }

  /** Rule: an increment returns nothing it could have applied or not: a write's shapes. */
  private boolean returnShape() {
    shape = ReturnShapes.resolve(ctx, "@Increment", ReturnShapes.writes(false), null, null, null);
    return shape != null;
  }

  /**
   * Rule: each parameter is a key column, or the {@code long} delta of a counter column; at least
   * one is a delta.
   */
  private boolean keysAndDeltas() {
    for (ParameterParser.Param param : ctx.params.values()) {
      ColumnModel column = Statements.columnOf(table, param.name());
      if (column != null && column.role().isKey()) {
        keys.add(param);
      } else if (column == null || !column.isCounter()) {
        ctx.errorOn(
            param.element(),
            Message.INCREMENT_NOT_COUNTER,
            param.name(),
            table.cql(),
            column == null
                ? "it matches no column"
                : table.isCounterTable()
                    ? column.cql() + " is not a counter"
                    : table.cql() + " has no counter columns");
        return false;
      } else if (!isLong(param)) {
        ctx.errorOn(param.element(), Message.INCREMENT_DELTA_TYPE, param.name(), param.type());
        return false;
      } else {
        deltas.add(param);
      }
    }
    if (deltas.isEmpty()) {
      ctx.error(Message.INCREMENT_NOTHING, ctx.name());
      return false;
    }
    return true;
  }

  /** Rule: a counter update names one row: its whole primary key. */
  private boolean wholePrimaryKey() {
    keyTerms = Statements.keyTerms(ctx, table, keys, true, "the whole primary key");
    return keyTerms != null;
  }

  /** {@code UPDATE t SET c = c + ?, ... WHERE <key>}. */
  private boolean statement() {
    cql.append("UPDATE ").table(table.cql(), ctx.keyspace(table)).append(" SET ");
    for (int i = 0; i < deltas.size(); i++) {
      ColumnModel column = Statements.columnOf(table, deltas.get(i).name());
      cql.append((i == 0 ? "" : ", ") + column.cql() + " = " + column.cql() + " + ");
      ValueAccess access =
          new ValueAccess(
              TypeName.get(deltas.get(i).type()),
              ValueAccess.Kind.DIRECT,
              "Long",
              null,
              null,
              List.of());
      cql.bind(new Binding.Value(cql.marker(), deltas.get(i).name(), access));
    }
    return Statements.where(ctx, table, keyTerms, cql);
  }

  private RepositoryMethod method() {
    // Rule: counter updates are never idempotent: a retry adds the delta again.
    return MethodPlan.of(ctx, cql, shape).idempotent(false).method(RepositoryMethod.Kind.INCREMENT);
  }

  private static boolean isLong(ParameterParser.Param param) {
    return param.type().getKind() == TypeKind.LONG
        || MoreTypes.isDeclared(param.type(), "java.lang.Long");
  }
}
