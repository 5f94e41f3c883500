package io.sibyl.mapper.schema;

/** What {@code Mapper.builder(...).build()} does with the schema. */
public enum SchemaMode {
  /** Nothing (the default). */
  NONE,
  /** Fails the build, listing every difference, unless the live schema matches the model. */
  VALIDATE,
  /** Applies the safe changes; fails on unsafe ones that are not allowed. */
  APPLY_SAFE,
  /** Logs the plan and changes nothing. */
  DRY_RUN
}
