package io.sibyl.mapper.generated;

import io.sibyl.mapper.MapperException;
import java.util.List;

/**
 * What the generated table class of a polymorphic table ({@code @Discriminator}) calls to dispatch
 * rows and entities to its subtypes, and to fail clearly when it cannot.
 */
public final class Discriminators {

  private Discriminators() {}

  /**
   * The layout of a subtype's columns in a row: for each column {@code j} of the subtype, {@code
   * at[positions[j]]}, where {@code positions} says where the subtype's columns are among the
   * table's. When {@code at} leaves those columns at their own indexes (whole-entity selects and
   * inserts, row after row), that is {@code positions} itself, returned without a copy: callers
   * only read the layout.
   */
  public static int[] select(int[] at, int[] positions) {
    int j = 0;
    while (j < positions.length && at[positions[j]] == positions[j]) {
      j++;
    }
    if (j == positions.length) {
      return positions;
    }
    int[] selected = new int[positions.length];
    for (int k = 0; k < positions.length; k++) {
      selected[k] = at[positions[k]];
    }
    return selected;
  }

  /**
   * The exception for a row whose discriminator value (null when absent) names no subtype.
   *
   * @param base the polymorphic base type
   * @param table the table name as written in CQL
   * @param column the discriminator column as written in CQL
   * @param value the row's value, or null
   * @param known the values of the mapped subtypes
   */
  public static MapperException unknownValue(
      Class<?> base, String table, String column, String value, List<String> known) {
    if (value == null) {
      return new MapperException(
          "A row of table "
              + table
              + " has no "
              + column
              + " value, so Sibyl cannot tell which subtype of "
              + base.getName()
              + " it holds (known values: "
              + String.join(", ", known)
              + "). It was written without the mapper, or by an update of a row that did not exist:"
              + " set its "
              + column
              + ", or delete it");
    }
    return new MapperException(
        "A row of table "
            + table
            + " has "
            + column
            + " = '"
            + value
            + "', which no subtype of "
            + base.getName()
            + " maps (known values: "
            + String.join(", ", known)
            + "): add a @DiscriminatorValue(\""
            + value
            + "\") subtype to the permits clause of "
            + base.getSimpleName()
            + " and recompile, or fix the row's "
            + column);
  }

  /**
   * The exception for an entity whose class is not a mapped subtype (a subtype added without
   * recompiling the base).
   */
  public static MapperException unmappedSubtype(Class<?> base, Object entity, String table) {
    return new MapperException(
        entity.getClass().getName()
            + " is not a mapped subtype of "
            + base.getName()
            + " (table "
            + table
            + "): recompile "
            + base.getSimpleName()
            + " and its subtypes with sibyl-mapper-processor");
  }
}
