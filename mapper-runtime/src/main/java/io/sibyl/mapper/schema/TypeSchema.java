package io.sibyl.mapper.schema;

import io.sibyl.mapper.generated.UdtMapper;
import java.util.List;
import java.util.Objects;

/**
 * The schema model of one {@code @Udt} type.
 *
 * @param javaType the Java type
 * @param name the type name as stored (unquoted)
 * @param cql the type name as written in CQL
 * @param fields the fields, in declaration order
 * @param dependencies the stored names of the user types its fields use directly
 */
public record TypeSchema(
    Class<?> javaType,
    String name,
    String cql,
    List<FieldSchema> fields,
    List<String> dependencies) {

  /** Checks and copies the components. */
  public TypeSchema {
    Objects.requireNonNull(javaType, "javaType");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cql, "cql");
    fields = List.copyOf(fields);
    dependencies = List.copyOf(dependencies);
  }

  /** The model of a generated UDT mapper, as the generated contributors build it. */
  public static TypeSchema of(
      Class<?> javaType, UdtMapper<?> mapper, String cql, List<FieldSchema> fields) {
    return new TypeSchema(
        javaType,
        mapper.name(),
        cql,
        fields,
        mapper.dependencies().stream().map(UdtMapper::name).toList());
  }
}
