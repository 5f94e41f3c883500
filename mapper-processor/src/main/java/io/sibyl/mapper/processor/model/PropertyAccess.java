package io.sibyl.mapper.processor.model;

/**
 * How generated code reads or writes a property of an entity.
 *
 * @param viaMethod whether it is a method (accessor, getter or setter) rather than a field
 * @param name the method or field name
 */
public record PropertyAccess(boolean viaMethod, String name) {

  /** Through a method. */
  public static PropertyAccess method(String name) {
    return new PropertyAccess(true, name);
  }

  /** Through a field. */
  public static PropertyAccess field(String name) {
    return new PropertyAccess(false, name);
  }
}
