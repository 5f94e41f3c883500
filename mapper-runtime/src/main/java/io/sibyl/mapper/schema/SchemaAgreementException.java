package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;

/**
 * The nodes did not agree on the schema in time after a schema statement. Further schema changes
 * from this instance stop: concurrent changes on a disagreeing cluster can leave tables with
 * conflicting ids. A held schema lock is not released but left to expire after its lease, so that
 * the cluster has time to settle before another instance goes on.
 */
public final class SchemaAgreementException extends MapperException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the statement after which the nodes disagreed. */
  public SchemaAgreementException(String cql) {
    super(
        "The nodes did not agree on the schema in time after: "
            + cql
            + ". The change was applied on at least one node; stopped before any further change."
            + " Check that every node is up (nodetool describecluster shows one schema version),"
            + " then start again: the next sync plans only what is still missing. Raise"
            + " SessionBuilder.schemaAgreementTimeout if the cluster is just slow.");
  }
}
