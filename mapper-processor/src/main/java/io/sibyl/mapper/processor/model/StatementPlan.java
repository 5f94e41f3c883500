package io.sibyl.mapper.processor.model;

import io.sibyl.mapper.annotations.NullSavingStrategy;
import java.util.List;

/**
 * Everything generated code needs to run one repository method's statement.
 *
 * @param cql the statement text
 * @param idempotent whether it may safely be applied twice (inferred at compile time)
 * @param bindings the values bound to its markers
 * @param options the per-call option parameters
 * @param ttlMarker the index of a {@code USING TTL ?} marker fed by a {@code QueryOptions}
 *     parameter, or -1
 * @param returns what the method returns
 * @param nullSaving the null-saving strategy of written values (DEFAULT: the mapper's, at run time)
 */
public record StatementPlan(
    CqlTemplate cql,
    boolean idempotent,
    List<Binding> bindings,
    List<CallOptionModel> options,
    int ttlMarker,
    ReturnShape returns,
    NullSavingStrategy nullSaving) {

  /** Copies the lists. */
  public StatementPlan {
    bindings = List.copyOf(bindings);
    options = List.copyOf(options);
  }
}
