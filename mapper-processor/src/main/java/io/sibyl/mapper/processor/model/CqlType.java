package io.sibyl.mapper.processor.model;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A CQL type as the processor understands it: a native type ({@code text}, {@code int}...), a
 * collection ({@code list}, {@code set}, {@code map}), a {@code tuple}, a {@code vector}, a
 * user-defined type ({@code udt} with its name), or a custom type ({@code custom} with its server
 * class name, such as DSE's {@code 'org.apache.cassandra.db.marshal.PointType'}).
 *
 * @param name the native type name, or list, set, map, tuple, vector, udt, custom
 * @param arguments the element types of collections, tuples and vectors
 * @param udtName the type name of a UDT (its CQL form), or the class name of a custom type; else
 *     null
 * @param dimension the dimension of a vector, else 0
 * @param frozen whether the value is frozen
 */
public record CqlType(
    String name, List<CqlType> arguments, String udtName, int dimension, boolean frozen) {

  private static final String MARSHAL = "org.apache.cassandra.db.marshal.";

  /** Copies the arguments. */
  public CqlType {
    name = name.toLowerCase(Locale.ROOT);
    arguments = List.copyOf(arguments);
  }

  /** A native type such as {@code text}. */
  public static CqlType of(String name) {
    return new CqlType(name, List.of(), null, 0, false);
  }

  /** A collection, tuple or vector type over its arguments. */
  public static CqlType of(String name, List<CqlType> arguments) {
    return new CqlType(name, arguments, null, 0, false);
  }

  /** A user-defined type. */
  public static CqlType udt(String cqlName) {
    return new CqlType("udt", List.of(), cqlName, 0, false);
  }

  /**
   * A custom type by its server class name; a name without a package is one of Cassandra's marshal
   * classes ({@code PointType} is {@code org.apache.cassandra.db.marshal.PointType}).
   */
  public static CqlType custom(String className) {
    String full = className.contains(".") ? className : MARSHAL + className;
    return new CqlType("custom", List.of(), full, 0, false);
  }

  /** Whether this is a custom type. */
  public boolean isCustom() {
    return name.equals("custom");
  }

  /** This type, frozen. */
  public CqlType asFrozen() {
    return new CqlType(name, arguments, udtName, dimension, true);
  }

  /** This type, not frozen at the top level. */
  public CqlType asUnfrozen() {
    return new CqlType(name, arguments, udtName, dimension, false);
  }

  /** Whether this is a list, set or map. */
  public boolean isCollection() {
    return name.equals("list") || name.equals("set") || name.equals("map");
  }

  /** Whether this is a counter. */
  public boolean isCounter() {
    return name.equals("counter");
  }

  /** Whether this is a UDT. */
  public boolean isUdt() {
    return name.equals("udt");
  }

  /** The type as written in DDL. */
  public String asCql() {
    String body =
        switch (name) {
          case "udt" -> udtName;
          case "custom" -> "'" + udtName + "'";
          case "vector" -> "vector<" + arguments.get(0).asCql() + ", " + dimension + ">";
          case "list", "set", "map", "tuple" ->
              name
                  + arguments.stream()
                      .map(CqlType::asCql)
                      .collect(Collectors.joining(", ", "<", ">"));
          default -> name;
        };
    return frozen ? "frozen<" + body + ">" : body;
  }

  @Override
  public String toString() {
    return asCql();
  }
}
