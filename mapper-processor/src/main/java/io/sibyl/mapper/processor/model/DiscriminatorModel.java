package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * The discriminator of a polymorphic table ({@code @Discriminator}), as seen from its base or from
 * one of its subtypes. The discriminator column is not among {@link TableModel#columns()}: the
 * generated descriptors put it after them, at {@link TableModel#discriminatorIndex()}.
 *
 * @param name the column name as stored (unquoted)
 * @param cql the column name as written in CQL
 * @param indexName the name of its storage-attached index, as written in CQL
 * @param cqlType the column's CQL type: {@code text} or {@code int}
 * @param base the sealed base type
 * @param value the subtype's discriminator value as written in CQL ({@code 2} for an int), or null
 *     in the base's model
 * @param subtypes in the base's model, the subtypes' models in {@code permits} order; else empty
 */
public record DiscriminatorModel(
    String name,
    String cql,
    String indexName,
    String cqlType,
    ClassName base,
    String value,
    List<TableModel> subtypes) {

  /** Copies the subtypes. */
  public DiscriminatorModel {
    subtypes = List.copyOf(subtypes);
  }

  /** Whether this is the base's model (else a subtype's). */
  public boolean isBase() {
    return value == null;
  }

  /** Whether the column is an {@code int} (else {@code text}). */
  public boolean isInt() {
    return "int".equals(cqlType);
  }

  /** The same discriminator as seen from a subtype with {@code subtypeValue}. */
  public DiscriminatorModel forSubtype(String subtypeValue) {
    return new DiscriminatorModel(name, cql, indexName, cqlType, base, subtypeValue, List.of());
  }
}
