package io.sibyl.mapper.schema;

import java.util.Objects;

/**
 * One field of a user-defined type.
 *
 * @param name the field name as stored (unquoted)
 * @param cql the field name as written in CQL
 * @param type the CQL type as written in DDL
 */
public record FieldSchema(String name, String cql, String type) {

  /** Checks the components. */
  public FieldSchema {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(cql, "cql");
    Objects.requireNonNull(type, "type");
  }
}
