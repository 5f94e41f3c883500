package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** A value that generated code binds to a statement's markers. */
public sealed interface Binding {

  /**
   * Every column of an entity parameter that the statement names, each at its marker.
   *
   * @param parameter the entity parameter
   * @param table the generated table class
   * @param at for each column of the table, its marker index, or -1
   * @param prepare the table's method that prepares the entity for this write ({@code
   *     prepareInsert}: defaults and checks; {@code prepareUpdate}: checks), or null for none
   */
  record Entity(String parameter, ClassName table, List<Integer> at, String prepare)
      implements Binding {
    /** Copies the indexes. */
    public Entity {
      at = List.copyOf(at);
    }

    /** An entity bound as it is, with no preparation (a delete's key). */
    public Entity(String parameter, ClassName table, List<Integer> at) {
      this(parameter, table, at, null);
    }
  }

  /**
   * A parameter bound as the value of a column, through the table's binder for that column.
   *
   * @param index the marker index
   * @param parameter the parameter name (or an expression)
   * @param table the generated table class
   * @param column the column
   * @param written whether it is a written value, whose nulls follow the null-saving strategy; else
   *     (a restriction) null is bound as null
   */
  record Column(int index, String parameter, ClassName table, ColumnModel column, boolean written)
      implements Binding {}

  /**
   * A parameter bound by its own Java type (a limit, a TTL, an {@code IN} list...).
   *
   * @param index the marker index
   * @param parameter the parameter name
   * @param value how the value is bound
   */
  record Value(int index, String parameter, ValueAccess value) implements Binding {}
}
