package io.sibyl.it.interop;

import io.sibyl.driver.type.CqlDuration;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GettableByIndex;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.SettableByIndex;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.driver.type.UdtValue;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Converts values between the neutral form of {@link Sample} and Sibyl's Java types. */
final class SibylValues {

  private SibylValues() {}

  /** The Sibyl value of a neutral value of the given CQL type. */
  static Object toSibyl(DataType type, Object value) {
    if (value == null) {
      return null;
    }
    if (type.equals(DataTypes.DURATION)) {
      DurationParts parts = (DurationParts) value;
      return CqlDuration.of(parts.months(), parts.days(), parts.nanoseconds());
    } else if (type instanceof ListType list) {
      List<Object> elements = new ArrayList<>();
      ((List<?>) value).forEach(element -> elements.add(toSibyl(list.elementType(), element)));
      return elements;
    } else if (type instanceof SetType set) {
      Set<Object> elements = new LinkedHashSet<>();
      ((Set<?>) value).forEach(element -> elements.add(toSibyl(set.elementType(), element)));
      return elements;
    } else if (type instanceof MapType map) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      ((Map<?, ?>) value)
          .forEach((k, v) -> entries.put(toSibyl(map.keyType(), k), toSibyl(map.valueType(), v)));
      return entries;
    } else if (type instanceof VectorType vector) {
      List<Object> elements = new ArrayList<>();
      ((List<?>) value).forEach(element -> elements.add(toSibyl(vector.elementType(), element)));
      return CqlVector.copyOf(elements);
    } else if (type instanceof TupleType tuple) {
      List<?> components = (List<?>) value;
      TupleValue tupleValue = tuple.newValue();
      for (int i = 0; i < components.size(); i++) {
        setComponent(tupleValue, i, toSibyl(tuple.componentTypes().get(i), components.get(i)));
      }
      return tupleValue;
    } else if (type instanceof UserDefinedType udt) {
      Map<?, ?> fields = (Map<?, ?>) value;
      UdtValue udtValue = udt.newValue();
      for (int i = 0; i < udt.fieldNames().size(); i++) {
        String field = udt.fieldNames().get(i);
        if (!fields.containsKey(field)) {
          throw new IllegalArgumentException("No value for field " + field + " of " + udt);
        }
        setComponent(udtValue, i, toSibyl(udt.fieldTypes().get(i), fields.get(field)));
      }
      return udtValue;
    }
    return value;
  }

  private static void setComponent(SettableByIndex<?> target, int index, Object value) {
    if (value == null) {
      target.setToNull(index);
    } else {
      target.setObject(index, value);
    }
  }

  /** The neutral form of a value that Sibyl decoded to its default Java type. */
  static Object toNeutral(Object value) {
    if (value instanceof CqlDuration duration) {
      return new DurationParts(duration.months(), duration.days(), duration.nanoseconds());
    } else if (value instanceof TupleValue tuple) {
      return components(tuple);
    } else if (value instanceof UdtValue udt) {
      List<Object> values = components(udt);
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        fields.put(udt.type().fieldNames().get(i), values.get(i));
      }
      return fields;
    } else if (value instanceof List<?> list) { // vectors too
      List<Object> elements = new ArrayList<>();
      list.forEach(element -> elements.add(toNeutral(element)));
      return elements;
    } else if (value instanceof Set<?> set) {
      Set<Object> elements = new LinkedHashSet<>();
      set.forEach(element -> elements.add(toNeutral(element)));
      return elements;
    } else if (value instanceof Map<?, ?> map) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      map.forEach((k, v) -> entries.put(toNeutral(k), toNeutral(v)));
      return entries;
    }
    return value;
  }

  /** The components of a tuple or fields of a UDT, a null one (even a collection) as null. */
  private static List<Object> components(GettableByIndex value) {
    List<Object> components = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      components.add(value.isNull(i) ? null : toNeutral(value.getObject(i)));
    }
    return components;
  }
}
