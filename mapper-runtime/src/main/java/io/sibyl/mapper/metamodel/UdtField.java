package io.sibyl.mapper.metamodel;

import java.util.Objects;

/**
 * A typed field of a {@code @Udt} type {@code U} holding values of Java type {@code V}: the
 * constants of a generated UDT metamodel ({@code Address_.CITY}). Applied to a column (or to
 * another field) of that type, it selects just that field: {@code
 * users.select(Address_.CITY.of(User_.HOME))} runs {@code SELECT home.city FROM users}.
 *
 * <p>Sibyl stores user types frozen, so a field can be read on its own but only written with its
 * whole value.
 *
 * @param <U> the UDT's Java type
 * @param <V> the field's Java type (boxed)
 */
public final class UdtField<U, V> {

  private final String cql;
  private final String property;
  private final ValueReader<V> reader;

  /**
   * A field (called by generated metamodels).
   *
   * @param cql the field name as written in CQL
   * @param property the Java property the field maps
   * @param reader reads a non-null value of the field from a row
   */
  public UdtField(String cql, String property, ValueReader<V> reader) {
    this.cql = Objects.requireNonNull(cql, "cql");
    this.property = Objects.requireNonNull(property, "property");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The field name as written in CQL. */
  public String cql() {
    return cql;
  }

  /** The Java property the field maps. */
  public String property() {
    return property;
  }

  /**
   * This field of a column of entity {@code T} holding values of the UDT, or of a field holding
   * them (a nested user type: {@code Geo_.LAT.of(Address_.GEO.of(User_.HOME))}).
   */
  public <T> FieldSelection<T, V> of(Selector<T, U> holder) {
    ColumnRef<T, ?> column =
        holder instanceof ColumnRef<T, ?> ref
            ? ref
            : holder instanceof FieldSelection<T, ?> field ? field.column() : null;
    return new FieldSelection<>(
        holder.table(), holder.cql() + "." + cql, holder + "." + cql, reader, column);
  }

  @Override
  public String toString() {
    return property;
  }
}
