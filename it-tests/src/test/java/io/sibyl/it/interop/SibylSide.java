package io.sibyl.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.PreparedStatement;
import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.PrimitiveType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sibyl's end of the interoperability tests. */
final class SibylSide implements DriverSide {
  private final Session session;
  private final PreparedStatement insert;
  private final PreparedStatement select;
  private final PreparedStatement increment;
  private final PreparedStatement selectCounter;

  /** Prepares the statements on a session whose keyspace holds {@link AllTypesTable}. */
  SibylSide(Session session) {
    this.session = session;
    this.insert = session.prepare(AllTypesTable.INSERT);
    this.select = session.prepare(AllTypesTable.SELECT);
    this.increment = session.prepare(AllTypesTable.INCREMENT);
    this.selectCounter = session.prepare(AllTypesTable.SELECT_COUNTER);
  }

  @Override
  public String name() {
    return "Sibyl";
  }

  @Override
  public void insert(int id, Map<String, Object> values) {
    BoundStatement bound = insert.bind().setInt(0, id);
    for (int i = 1; i < insert.variableDefinitions().size(); i++) {
      String column = insert.variableDefinitions().get(i).name();
      if (!values.containsKey(column)) {
        continue;
      }
      Object value = SibylValues.toSibyl(insert.variableDefinitions().type(i), values.get(column));
      if (value == null) {
        bound.setToNull(i);
      } else {
        bound.setObject(i, value);
      }
    }
    session.execute(bound);
  }

  /**
   * Writes a row with a simple statement, each value's CQL type inferred from its Java type; a
   * {@code vector<float, n>} is passed as a {@code float[]}. Only {@link
   * AllTypesTable#INFERABLE_COLUMNS} are accepted.
   */
  void insertInferred(int id, Map<String, Object> values) {
    List<Object> bound = new ArrayList<>();
    bound.add(id);
    for (Map.Entry<String, Object> entry : values.entrySet()) {
      DataType type = DataTypes.parse(cqlTypeOf(entry.getKey()));
      Object value = SibylValues.toSibyl(type, entry.getValue());
      bound.add(
          value instanceof CqlVector<?> vector && isFloatVector(type) ? floats(vector) : value);
    }
    session.execute(AllTypesTable.insert(List.copyOf(values.keySet())), bound.toArray());
  }

  @Override
  public Map<String, Object> select(int id) {
    Row row = selectRow(id);
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 1; i < row.size(); i++) {
      values.put(columnName(row, i), SibylValues.toNeutral(row.getObject(i)));
    }
    return values;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Collections, tuples and UDTs are read as a {@link GenericType} built from their CQL type,
   * and {@code vector<float, n>} as a {@code float[]}.
   */
  @Override
  public Map<String, Object> selectTyped(int id) {
    Row row = selectRow(id);
    Map<String, Object> values = new LinkedHashMap<>();
    for (int i = 1; i < row.size(); i++) {
      DataType type = row.getType(i);
      Object value;
      if (type instanceof PrimitiveType primitive) {
        value = SibylValues.toNeutral(scalar(row, i, primitive));
      } else if (isFloatVector(type)) {
        value = row.isNull(i) ? null : boxed(row.get(i, float[].class));
      } else { // a null collection reads as an empty one
        value = SibylValues.toNeutral(row.get(i, javaTypeOf(type)));
      }
      values.put(columnName(row, i), value);
    }
    return values;
  }

  @Override
  public Map<String, ByteBuffer> selectBytes(int id) {
    Row row = selectRow(id);
    Map<String, ByteBuffer> values = new LinkedHashMap<>();
    for (int i = 1; i < row.size(); i++) {
      values.put(columnName(row, i), row.getBytesUnsafe(i));
    }
    return values;
  }

  @Override
  public Set<String> selectNullColumns(int id) {
    Row row = selectRow(id);
    Set<String> nulls = new LinkedHashSet<>();
    for (int i = 1; i < row.size(); i++) {
      if (row.isNull(i)) {
        nulls.add(columnName(row, i));
      }
    }
    return nulls;
  }

  @Override
  public void increment(int id, long delta) {
    session.execute(increment.bind(delta, id));
  }

  /** Adds to a counter with a simple statement, the delta's type inferred as {@code bigint}. */
  void incrementInferred(int id, long delta) {
    session.execute(AllTypesTable.INCREMENT, delta, id);
  }

  @Override
  public long counter(int id) {
    Row row = session.execute(selectCounter.bind(id)).one();
    assertThat(row).as("counter %s read by Sibyl", id).isNotNull();
    assertThat(row.getObject(0)).isEqualTo(row.getLong(0));
    return row.getLong("hits");
  }

  private Row selectRow(int id) {
    Row row = session.execute(select.bind(id)).one();
    assertThat(row).as("row %s read by Sibyl", id).isNotNull();
    return row;
  }

  private static String columnName(Row row, int i) {
    return row.columnDefinitions().get(i).name();
  }

  private static String cqlTypeOf(String column) {
    return AllTypesTable.COLUMNS.stream()
        .filter(c -> c.name().equals(column))
        .findFirst()
        .orElseThrow()
        .cqlType();
  }

  private static boolean isFloatVector(DataType type) {
    return type instanceof VectorType vector && vector.elementType().equals(DataTypes.FLOAT);
  }

  private static float[] floats(List<?> elements) {
    float[] array = new float[elements.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = (Float) elements.get(i);
    }
    return array;
  }

  private static List<Float> boxed(float[] array) {
    List<Float> elements = new ArrayList<>();
    for (float element : array) {
      elements.add(element);
    }
    return elements;
  }

  /** A scalar read with the getter of its type, which for the common types skips the codecs. */
  private static Object scalar(Row row, int i, PrimitiveType type) {
    return switch (type.name()) {
      case "ascii", "text" -> row.getString(i);
      case "bigint", "counter" -> row.getLong(i);
      case "blob" -> row.getByteBuffer(i);
      case "boolean" -> row.getBoolean(i);
      case "date" -> row.getLocalDate(i);
      case "decimal" -> row.getBigDecimal(i);
      case "double" -> row.getDouble(i);
      case "duration" -> row.getCqlDuration(i);
      case "float" -> row.getFloat(i);
      case "inet" -> row.getInetAddress(i);
      case "int" -> row.getInt(i);
      case "smallint" -> row.getShort(i);
      case "time" -> row.getLocalTime(i);
      case "timestamp" -> row.getInstant(i);
      case "timeuuid", "uuid" -> row.getUuid(i);
      case "tinyint" -> row.getByte(i);
      case "varint" -> row.getBigInteger(i);
      default -> throw new IllegalArgumentException("No typed getter for " + type);
    };
  }

  /** The Java type that a CQL type maps to by default, spelled out as a generic type. */
  private static GenericType<?> javaTypeOf(DataType type) {
    if (type instanceof ListType list) {
      return GenericType.listOf(javaTypeOf(list.elementType()));
    } else if (type instanceof SetType set) {
      return GenericType.setOf(javaTypeOf(set.elementType()));
    } else if (type instanceof MapType map) {
      return GenericType.mapOf(javaTypeOf(map.keyType()), javaTypeOf(map.valueType()));
    } else if (type instanceof VectorType vector) {
      return GenericType.vectorOf(javaTypeOf(vector.elementType()));
    } else if (type instanceof TupleType) {
      return GenericType.TUPLE_VALUE;
    } else if (type instanceof UserDefinedType) {
      return GenericType.UDT_VALUE;
    }
    return CodecRegistry.DEFAULT.codecFor(type).javaType();
  }
}
