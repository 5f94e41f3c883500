package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;

/**
 * This instance's schema lock lease ended (it could not renew it in time: a long pause, a
 * partition, an overloaded cluster) while it was applying changes; another instance may hold the
 * lock now. The apply stopped before its next statement: the statements before it were applied, the
 * rest were not.
 */
public final class SchemaLockLostException extends MapperException {

  private static final long serialVersionUID = 1L;

  /** An exception naming the lock table and the statement that was not run. */
  public SchemaLockLostException(String lockTable, String nextStatement) {
    super(
        "Lost the schema lock in "
            + lockTable
            + " (its lease expired or another instance took it) before: "
            + nextStatement
            + ". Stopped without running it. Start again: schema sync plans only what is still"
            + " missing, and an unfinished migration is reported with how to repair it. If pauses"
            + " are expected, raise the lease with"
            + " Mapper.builder(session).schemaLock(lease, renewal, wait).");
  }
}
