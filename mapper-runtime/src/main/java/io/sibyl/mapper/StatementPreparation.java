package io.sibyl.mapper;

/** When the statements of generated repositories are prepared. */
public enum StatementPreparation {
  /**
   * On first use of each statement: starting is cheap, and a statement that is never called is
   * never prepared. A statement that cannot be prepared (a missing table, say) fails its call.
   */
  LAZY,
  /**
   * When the {@link Mapper} is built: every registered repository is created and all its statements
   * are prepared, so a schema mismatch fails the application at start-up.
   */
  EAGER
}
