package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Udt} type, validated.
 *
 * @param type the Java type
 * @param name the type name as stored (unquoted)
 * @param cql the type name as written in CQL
 * @param fields the fields, in declaration order
 * @param construction how values become Java objects
 * @param dependencies the generated mapper classes of the UDTs its fields use
 */
public record UdtModel(
    ClassName type,
    String name,
    String cql,
    List<ColumnModel> fields,
    Construction construction,
    List<ClassName> dependencies) {

  /** Copies the lists. */
  public UdtModel {
    fields = List.copyOf(fields);
    dependencies = List.copyOf(dependencies);
  }
}
