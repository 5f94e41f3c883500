package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Update;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.CqlTemplate;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * Parses the changed-column shape of {@code @Update}: {@code update(E before, E after)}, which
 * writes only the columns that differ (the statement is chosen at run time from the differences, so
 * the plan holds only the table).
 */
final class ChangedColumnsMethodParser {

  private ChangedColumnsMethodParser() {}

  /** Whether the method takes two or more entities: it is meant as this shape. */
  static boolean applies(MethodContext ctx) {
    return ctx.params.values().stream()
            .map(p -> MoreTypes.element(p.type()))
            .filter(e -> e != null && Polymorphism.isMapped(e))
            .count()
        >= 2;
  }

  static RepositoryMethod parse(MethodContext ctx) {
    List<ParameterParser.Param> values = ctx.params.values();
    TypeElement first = MoreTypes.element(values.get(0).type());
    if (values.size() != 2
        || !ctx.params.options().isEmpty()
        || first == null
        || !ctx.processor.types().isSameType(values.get(0).type(), values.get(1).type())) {
      ctx.error(
          Message.UPDATE_CHANGES_SHAPE,
          ctx.name(),
          "("
              + String.join(
                  ", ",
                  ctx.method.getParameters().stream()
                      .map(p -> p.asType() + " " + p.getSimpleName())
                      .toList())
              + ")");
      return null;
    }
    if (!options(ctx)) {
      return null;
    }
    TableModel table = ctx.table(first, values.get(0).element()).orElse(null);
    if (table == null) {
      return null;
    }
    if (table.isCounterTable()) {
      ctx.error(Message.UPDATE_COUNTER_TABLE, table.cql());
      return null;
    }
    if (table.isPolymorphic()) {
      ctx.error(
          Message.POLYMORPHIC_CHANGED_COLUMNS, table.cql(), ctx.name(), first.getSimpleName());
      return null;
    }
    ReturnTypeParser.ReturnInfo returns = ctx.returns;
    ReturnShape.Kind kind =
        switch (returns.raw()) {
          case VOID -> ReturnShape.Kind.VOID;
          case BOOLEAN -> ReturnShape.Kind.APPLIED;
          default -> null;
        };
    if (kind == null) {
      ctx.error(Message.UPDATE_CHANGES_RETURN, ctx.method.getReturnType());
      return null;
    }
    ReturnShape shape =
        new ReturnShape(
            kind, returns.async(), table.entity(), MethodContext.tableClass(table), false);
    StatementPlan plan =
        new StatementPlan(
            new CqlTemplate("", table.cql(), ctx.keyspace(table), ""),
            true,
            List.of(),
            List.of(),
            -1,
            shape,
            NullSavingStrategy.DEFAULT);
    return new RepositoryMethod(
        RepositoryMethod.Kind.UPDATE_CHANGES,
        ctx.name(),
        ctx.parameterModels(),
        TypeName.get(ctx.method.getReturnType()),
        plan);
  }

  /** Rule: the statement comes from the differences, so no attribute may shape it. */
  private static boolean options(MethodContext ctx) {
    Update update = ctx.method.getAnnotation(Update.class);
    List<String> set = new ArrayList<>();
    if (update.columns().length > 0) {
      set.add("columns");
    }
    if (update.ifExists()) {
      set.add("ifExists");
    }
    if (!update.ifCondition().isEmpty()) {
      set.add("ifCondition");
    }
    if (!update.ttl().isEmpty()) {
      set.add("ttl");
    }
    if (!update.timestamp().isEmpty()) {
      set.add("timestamp");
    }
    if (update.nullSaving() != NullSavingStrategy.DEFAULT) {
      set.add("nullSaving");
    }
    if (set.isEmpty()) {
      return true;
    }
    ctx.errorOnAttribute(Update.class, set.get(0), Message.UPDATE_CHANGES_OPTIONS, set.get(0));
    return false;
  }
}
