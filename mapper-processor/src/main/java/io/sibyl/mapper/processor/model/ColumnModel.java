package io.sibyl.mapper.processor.model;

/**
 * One mapped property and its column (or UDT field).
 *
 * @param property the Java property name
 * @param name the column name as stored (unquoted)
 * @param cql the column name as written in CQL
 * @param cqlType the CQL type, or null when a codec gives it at run time
 * @param value how its value is bound and read
 * @param role its role in the table
 * @param position its position in the partition key or among clustering columns
 * @param descending whether a clustering column is stored in descending order
 * @param declarationIndex its position among the entity's properties (the constructor's order)
 * @param reader how the property is read from the entity
 * @param writer how it is written to the entity (null when the constructor takes it)
 * @param index the index declared on it, or null
 */
public record ColumnModel(
    String property,
    String name,
    String cql,
    CqlType cqlType,
    ValueAccess value,
    ColumnRole role,
    int position,
    boolean descending,
    int declarationIndex,
    PropertyAccess reader,
    PropertyAccess writer,
    IndexModel index) {

  /** The CQL type as written in DDL, or null when a codec gives it. */
  public String cqlTypeText() {
    return cqlType == null ? null : cqlType.asCql();
  }

  /** Whether this is a counter column. */
  public boolean isCounter() {
    return cqlType != null && cqlType.isCounter();
  }

  /** The capitalized property name, for generated method names. */
  public String capitalized() {
    return Character.toUpperCase(property.charAt(0)) + property.substring(1);
  }
}
