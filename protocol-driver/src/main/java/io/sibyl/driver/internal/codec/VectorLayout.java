package io.sibyl.driver.internal.codec;

import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.PrimitiveType;
import io.sibyl.driver.type.VectorType;

/**
 * Which vector elements travel packed back to back and which carry a length. This follows Cassandra
 * 5's own notion of fixed-length types (boolean, int, bigint, float, double, timestamp, uuid,
 * timeuuid, and vectors of those); every other type, including smallint, tinyint, date and time, is
 * preceded by an {@code [unsigned vint]} length.
 */
final class VectorLayout {
  private VectorLayout() {}

  /** The size of each serialized value of {@code type}, or -1 if it varies. */
  static int fixedLength(DataType type) {
    if (type instanceof PrimitiveType primitive) {
      return switch (primitive.protocolCode()) {
        case 0x0004 -> 1; // boolean
        case 0x0009, 0x0008 -> 4; // int, float
        case 0x0002, 0x0007, 0x000B -> 8; // bigint, double, timestamp
        case 0x000C, 0x000F -> 16; // uuid, timeuuid
        default -> -1;
      };
    }
    if (type instanceof VectorType vector) {
      int element = fixedLength(vector.elementType());
      return element < 0 ? -1 : element * vector.dimensions();
    }
    return -1;
  }
}
