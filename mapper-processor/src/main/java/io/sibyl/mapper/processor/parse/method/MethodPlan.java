package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.CqlTemplate;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import java.util.List;

/**
 * The closing step every method parser shares: its statement, with what it returns, becomes a
 * {@link StatementPlan} and the method's model. The defaults are a read's: idempotent, no {@code
 * USING TTL ?} marker fed by {@code QueryOptions}, and the mapper's null-saving strategy.
 */
final class MethodPlan {

  private final MethodContext ctx;
  private final CqlTemplate cql;
  private final List<Binding> bindings;
  private final ReturnShape returns;
  private boolean idempotent = true;
  private int ttlMarker = -1;
  private NullSavingStrategy nullSaving = NullSavingStrategy.DEFAULT;

  private MethodPlan(
      MethodContext ctx, CqlTemplate cql, List<Binding> bindings, ReturnShape returns) {
    this.ctx = ctx;
    this.cql = cql;
    this.bindings = bindings;
    this.returns = returns;
  }

  /** The plan of the statement built in {@code cql}, returning {@code returns}. */
  static MethodPlan of(MethodContext ctx, CqlBuilder cql, ReturnShape returns) {
    return new MethodPlan(ctx, cql.template(), cql.bindings(), returns);
  }

  /** The plan of a statement given as text and bindings (a checked {@code @Query}). */
  static MethodPlan of(
      MethodContext ctx, CqlTemplate cql, List<Binding> bindings, ReturnShape returns) {
    return new MethodPlan(ctx, cql, bindings, returns);
  }

  /**
   * Whether the statement may safely be applied twice: false for conditional (LWT) statements and
   * counter updates, whose retry would apply them again.
   */
  MethodPlan idempotent(boolean value) {
    this.idempotent = value;
    return this;
  }

  /** The index of the {@code USING TTL ?} marker that a {@code QueryOptions} parameter feeds. */
  MethodPlan ttlMarker(int marker) {
    this.ttlMarker = marker;
    return this;
  }

  /** How written nulls are handled (DEFAULT: the mapper's, decided at run time). */
  MethodPlan nullSaving(NullSavingStrategy strategy) {
    this.nullSaving = strategy;
    return this;
  }

  /** The method's model; its per-call options are its option parameters but TTL. */
  RepositoryMethod method(RepositoryMethod.Kind kind) {
    StatementPlan plan =
        new StatementPlan(
            cql,
            idempotent,
            bindings,
            Statements.statementOptions(ctx),
            ttlMarker,
            returns,
            nullSaving);
    return new RepositoryMethod(
        kind, ctx.name(), ctx.parameterModels(), TypeName.get(ctx.method.getReturnType()), plan);
  }
}
