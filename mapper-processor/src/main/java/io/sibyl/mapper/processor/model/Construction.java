package io.sibyl.mapper.processor.model;

/** How generated code creates an entity from a row. */
public enum Construction {
  /** One constructor taking every property in declaration order (records, immutable classes). */
  CONSTRUCTOR,
  /** The no-argument constructor, then setters or fields (JavaBeans). */
  SETTERS
}
