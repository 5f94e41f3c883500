package io.sibyl.mapper.metamodel;

/**
 * The binder of values whose codec the metamodel does not give: the driver's default codecs, chosen
 * from the value's class ({@code BoundStatement.setObject}). Used by columns built without element,
 * key or list binders (hand-written metamodels); generated ones always pass their own.
 */
final class DriverBinder {

  private DriverBinder() {}

  /** A binder through {@code setObject}. */
  static <X> ValueBinder<X> of() {
    return (bs, i, value) -> bs.setObject(i, value);
  }
}
