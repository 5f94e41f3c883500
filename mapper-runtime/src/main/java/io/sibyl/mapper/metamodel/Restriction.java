package io.sibyl.mapper.metamodel;

import io.sibyl.driver.BoundStatement;
import java.util.Objects;

/**
 * One condition on a column of entity {@code T}, such as {@code User_.NAME.eq("ada")}: a {@code
 * WHERE} restriction or an {@code IF} condition. Its CQL has one bind marker.
 *
 * @param <T> the entity type
 */
public final class Restriction<T> extends Relation<T> {

  private final ColumnRef<T, ?> column;
  private final Operator operator;
  private final Object value;
  private final ValueBinder<Object> binder;
  // The function, field or element the restriction is on, or null for the whole column: kept
  // apart so that the common restriction is a 32-byte object (5 references).
  private final Beyond<T> beyond;

  private record Beyond<T>(Term<?> term, String target, CollectionElement<T> element) {}

  /** A restriction whose value is bound by the column's own binder. */
  Restriction(ColumnRef<T, ?> column, Operator operator, Object value) {
    this(column, operator, value, null);
  }

  /**
   * {@code column operator ?}, the value bound by the column's own binder (for the metamodel's
   * columns, which queries take restrictions from: {@code User_.NAME.eq("ada")}).
   */
  public static <T, V> Restriction<T> of(ColumnRef<T, V> column, Operator operator, V value) {
    return new Restriction<>(
        Objects.requireNonNull(column, "column"),
        Objects.requireNonNull(operator, "operator"),
        value);
  }

  /**
   * {@code column operator ?}, the value (not of the column's type: an {@code IN} list, a
   * collection element, a {@code LIKE} pattern) bound by {@code binder} (for the metamodel's
   * columns).
   */
  public static <T, X> Restriction<T> bound(
      ColumnRef<T, ?> column, Operator operator, X value, ValueBinder<? super X> binder) {
    return new Restriction<>(
        Objects.requireNonNull(column, "column"),
        Objects.requireNonNull(operator, "operator"),
        value,
        Objects.requireNonNull(binder, "binder"));
  }

  private Restriction(
      ColumnRef<T, ?> column, Operator operator, Object value, ValueBinder<?> binder) {
    this(column, operator, value, binder, null);
  }

  @SuppressWarnings("unchecked")
  private Restriction(
      ColumnRef<T, ?> column,
      Operator operator,
      Object value,
      ValueBinder<?> binder,
      Term<?> term) {
    this.column = column;
    this.operator = operator;
    this.value = value;
    this.binder = (ValueBinder<Object>) binder;
    this.beyond = term == null ? null : new Beyond<>(term, null, null);
  }

  @SuppressWarnings("unchecked")
  private Restriction(
      ColumnRef<T, ?> column,
      String target,
      CollectionElement<T> element,
      Operator operator,
      Object value,
      ValueBinder<?> binder) {
    this.column = column;
    this.operator = operator;
    this.value = value;
    this.binder = (ValueBinder<Object>) binder;
    this.beyond = new Beyond<>(null, target, element);
  }

  // A copy: a constructor, so that the JIT inlines it even on a cold path and the source stays
  // local.
  private Restriction(Restriction<T> source) {
    this.column = source.column;
    this.operator = source.operator;
    this.value = source.value;
    this.binder = source.binder;
    this.beyond = source.beyond;
  }

  /**
   * An equal restriction, as a new object. The DSL's queries give a copy to the work done only on a
   * shape's first run (its CQL, checks and preparation), so that a restriction built per request is
   * referenced by nothing the JIT cannot see through and can be scalar-replaced.
   */
  public Restriction<T> copy() {
    return new Restriction<>(this);
  }

  /**
   * {@code column[?] operator ?}: a condition on one element of a collection column (a map's value
   * by its key, a list's element by its index), for an {@code IF} clause (for the metamodel's
   * columns: {@code Post_.RATINGS.value("ada").eq(5)}).
   */
  public static <T, X> Restriction<T> onElement(
      CollectionElement<T> element, Operator operator, X value, ValueBinder<? super X> binder) {
    return new Restriction<>(
        element.column(),
        null,
        element,
        Objects.requireNonNull(operator, "operator"),
        value,
        Objects.requireNonNull(binder, "binder"));
  }

  /**
   * {@code column.field operator ?}: a condition on one field of a user-type column, for an {@code
   * IF} clause (for {@link FieldSelection#eq}).
   */
  public static <T, X> Restriction<T> onField(
      ColumnRef<T, ?> column,
      String fieldCql,
      Operator operator,
      X value,
      ValueBinder<? super X> binder) {
    return new Restriction<>(
        Objects.requireNonNull(column, "column"),
        Objects.requireNonNull(fieldCql, "fieldCql"),
        null,
        Objects.requireNonNull(operator, "operator"),
        value,
        Objects.requireNonNull(binder, "binder"));
  }

  /**
   * Whether the restriction is on the whole column, not on one element or field of it nor on a
   * function's result (its CQL is then {@code column operator ?}).
   */
  public boolean isOnColumn() {
    return beyond == null;
  }

  /**
   * {@code column operator function(?)}: the column compared with what a CQL function returns
   * ({@code id >= minTimeuuid(?)}), the function's argument bound.
   *
   * @throws InvalidRestrictionException if the column is not of the function's CQL type
   */
  public static <T, V> Restriction<T> compared(
      ColumnRef<T, V> column, Operator operator, Term<V> term) {
    Objects.requireNonNull(term, "term");
    String type = column.table().columns().get(column.position()).cqlType();
    if (!type.equals(term.cqlType())) {
      throw new InvalidRestrictionException(
          column.cql()
              + " "
              + operator.cql()
              + " "
              + term.cql()
              + " on "
              + column.table().name()
              + " is refused: "
              + term.cql()
              + " returns a "
              + term.cqlType()
              + " and the column is a "
              + type
              + "; compare a "
              + term.cqlType()
              + " column with it");
    }
    return new Restriction<>(column, operator, term.argument(), null, term);
  }

  /** The CQL function the column is compared with, or null when it is compared with a value. */
  public Term<?> term() {
    return beyond == null ? null : beyond.term();
  }

  /** The restricted column. */
  public ColumnRef<T, ?> column() {
    return column;
  }

  /** The operator. */
  public Operator operator() {
    return operator;
  }

  /** The bound value (a list for {@code IN}); null only makes sense in an {@code IF} condition. */
  public Object value() {
    return value;
  }

  /** The CQL of the restriction, with one bind marker. */
  @Override
  public String cql() {
    Term<?> term = term();
    return left() + " " + operator.cql() + " " + (term == null ? "?" : term.cql());
  }

  /**
   * Binds the value to marker {@code i} (the value's marker, after the element's one for a
   * condition on a collection element: use {@link #bindAt}). Called by the DSL's statements.
   */
  public void bind(BoundStatement bs, int i) {
    Beyond<T> on = beyond;
    if (on != null && on.term() != null) {
      on.term().bind(bs, i);
    } else if (binder == null) {
      column.bindValue(bs, i, value);
    } else if (value == null) {
      bs.setToNull(i);
    } else {
      binder.bind(bs, i, value);
    }
  }

  @Override
  public int bindAt(BoundStatement bs, int i) {
    CollectionElement<T> element = beyond == null ? null : beyond.element();
    if (element != null) {
      element.bind(bs, i);
      bind(bs, i + 1);
      return i + 2;
    }
    bind(bs, i);
    return i + 1;
  }

  private String left() {
    if (beyond == null) {
      return column.cql();
    }
    return beyond.element() != null
        ? beyond.element().cql()
        : beyond.target() != null ? beyond.target() : column.cql();
  }

  @Override
  public String toString() {
    CollectionElement<T> element = beyond == null ? null : beyond.element();
    Term<?> term = term();
    return (element != null ? element.toString() : left())
        + " "
        + operator.cql()
        + " "
        + (term == null ? value : term);
  }
}
