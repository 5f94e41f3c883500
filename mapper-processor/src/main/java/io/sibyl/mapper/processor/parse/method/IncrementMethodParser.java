package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.ValueAccess;
import io.sibyl.mapper.processor.parse.MoreTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;

/** Parses {@code @Increment} methods: {@code UPDATE ... SET c = c + ?} on counter tables. */
final class IncrementMethodParser {

  private IncrementMethodParser() {}

  static RepositoryMethod parse(MethodContext ctx) {
    TypeElement entity = ctx.repository.defaultEntity();
    if (entity == null) {
      ctx.error(Message.REPOSITORY_ENTITY_UNKNOWN, ctx.name());
      return null;
    }
    Optional<TableModel> found = ctx.table(entity, ctx.method);
    if (found.isEmpty() || !Statements.noTtlOption(ctx, "@Increment")) {
      return null;
    }
    TableModel table = found.get();
    ReturnShape shape =
        ReturnShapes.resolve(ctx, "@Increment", ReturnShapes.writes(false), null, null, null);
    if (shape == null) {
      return null;
    }
    List<ParameterParser.Param> keys = new ArrayList<>();
    List<ParameterParser.Param> deltas = new ArrayList<>();
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
        return null;
      } else if (!isLong(param)) {
        ctx.errorOn(param.element(), Message.INCREMENT_DELTA_TYPE, param.name(), param.type());
        return null;
      } else {
        deltas.add(param);
      }
    }
    if (deltas.isEmpty()) {
      ctx.error(Message.INCREMENT_NOTHING, ctx.name());
      return null;
    }
    List<Statements.Term> keyTerms =
        Statements.keyTerms(ctx, table, keys, true, "the whole primary key");
    if (keyTerms == null) {
      return null;
    }
    CqlBuilder cql = new CqlBuilder();
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
    if (!Statements.where(ctx, table, keyTerms, cql)) {
      return null;
    }
    StatementPlan plan =
        new StatementPlan(
            cql.template(),
            false,
            cql.bindings(),
            Statements.statementOptions(ctx),
            -1,
            shape,
            NullSavingStrategy.DEFAULT);
    return new RepositoryMethod(
        RepositoryMethod.Kind.INCREMENT,
        ctx.name(),
        ctx.parameterModels(),
        TypeName.get(ctx.method.getReturnType()),
        plan);
  }

  private static boolean isLong(ParameterParser.Param param) {
    return param.type().getKind() == TypeKind.LONG
        || MoreTypes.isDeclared(param.type(), "java.lang.Long");
  }
}
