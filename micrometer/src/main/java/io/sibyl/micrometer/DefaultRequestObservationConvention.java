package io.sibyl.micrometer;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.sibyl.driver.Consistency;
import io.sibyl.driver.metadata.Node;

/**
 * The observations of requests: named {@code sibyl.requests}; low-cardinality keys {@code outcome}
 * ({@code success} or the error's simple class name) and {@code kind} ({@code simple}, {@code
 * prepared}, {@code batch}); high-cardinality keys {@code db.statement} (the CQL text, never the
 * bound values), {@code node} ({@code host:port}), {@code db.namespace} (the keyspace, when known)
 * and {@code db.cassandra.consistency_level}.
 */
public class DefaultRequestObservationConvention implements RequestObservationConvention {
  /** The shared instance. */
  public static final DefaultRequestObservationConvention INSTANCE =
      new DefaultRequestObservationConvention();

  @Override
  public String getName() {
    return SibylMeterNames.REQUESTS;
  }

  @Override
  public String getContextualName(RequestObservationContext context) {
    return "cassandra " + Statements.kind(context.statement());
  }

  @Override
  public KeyValues getLowCardinalityKeyValues(RequestObservationContext context) {
    Throwable error = context.getError();
    return KeyValues.of(
        KeyValue.of(
            SibylMeterNames.OUTCOME,
            error == null ? SibylMeterNames.SUCCESS : error.getClass().getSimpleName()),
        KeyValue.of(SibylMeterNames.KIND, Statements.kind(context.statement())));
  }

  @Override
  public KeyValues getHighCardinalityKeyValues(RequestObservationContext context) {
    Consistency consistency = context.statement().consistency();
    KeyValues values =
        KeyValues.of(
            KeyValue.of(SibylMeterNames.STATEMENT, Statements.text(context.statement())),
            KeyValue.of(
                SibylMeterNames.CONSISTENCY, consistency == null ? "default" : consistency.name()));
    Node node = context.node();
    if (node != null) {
      values = values.and(SibylMeterNames.NODE, Statements.address(node.address()));
    }
    String keyspace = Statements.keyspace(context.statement());
    if (keyspace == null) {
      keyspace = context.sessionKeyspace();
    }
    if (keyspace != null) {
      values = values.and(SibylMeterNames.NAMESPACE, keyspace);
    }
    return values;
  }
}
