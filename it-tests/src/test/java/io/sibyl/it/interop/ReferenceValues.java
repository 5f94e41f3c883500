package io.sibyl.it.interop;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.data.GettableByIndex;
import com.datastax.oss.driver.api.core.data.SettableByIndex;
import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Converts values between the neutral form of {@link Sample} and the Java types of the reference
 * Apache Cassandra Java driver.
 */
final class ReferenceValues {
  private final CodecRegistry codecs;

  /** Converts with the given registry's default codecs. */
  ReferenceValues(CodecRegistry codecs) {
    this.codecs = codecs;
  }

  /** The reference driver's value of a neutral value of the given CQL type. */
  Object toReference(DataType type, Object value) {
    if (value == null) {
      return null;
    }
    if (type.equals(DataTypes.DURATION)) {
      DurationParts parts = (DurationParts) value;
      return CqlDuration.newInstance(parts.months(), parts.days(), parts.nanoseconds());
    } else if (type instanceof ListType list) {
      List<Object> elements = new ArrayList<>();
      ((List<?>) value)
          .forEach(element -> elements.add(toReference(list.getElementType(), element)));
      return elements;
    } else if (type instanceof SetType set) {
      Set<Object> elements = new LinkedHashSet<>();
      ((Set<?>) value).forEach(element -> elements.add(toReference(set.getElementType(), element)));
      return elements;
    } else if (type instanceof MapType map) {
      Map<Object, Object> entries = new LinkedHashMap<>();
      ((Map<?, ?>) value)
          .forEach(
              (k, v) ->
                  entries.put(
                      toReference(map.getKeyType(), k), toReference(map.getValueType(), v)));
      return entries;
    } else if (type instanceof VectorType vector) {
      List<Object> elements = new ArrayList<>();
      ((List<?>) value)
          .forEach(element -> elements.add(toReference(vector.getElementType(), element)));
      return CqlVector.newInstance(elements);
    } else if (type instanceof TupleType tuple) {
      List<?> components = (List<?>) value;
      TupleValue tupleValue = tuple.newValue();
      for (int i = 0; i < components.size(); i++) {
        set(tupleValue, i, tuple.getComponentTypes().get(i), components.get(i));
      }
      return tupleValue;
    } else if (type instanceof UserDefinedType udt) {
      Map<?, ?> fields = (Map<?, ?>) value;
      UdtValue udtValue = udt.newValue();
      for (int i = 0; i < udt.getFieldNames().size(); i++) {
        String field = udt.getFieldNames().get(i).asInternal();
        if (!fields.containsKey(field)) {
          throw new IllegalArgumentException("No value for field " + field + " of " + udt);
        }
        set(udtValue, i, udt.getFieldTypes().get(i), fields.get(field));
      }
      return udtValue;
    }
    return value;
  }

  /** Sets a neutral value at {@code index}, encoded with the default codec of its CQL type. */
  <T extends SettableByIndex<T>> T set(T target, int index, DataType type, Object value) {
    Object converted = toReference(type, value);
    return converted == null
        ? target.setToNull(index)
        : target.set(index, converted, codecs.<Object>codecFor(type));
  }

  /** The neutral form of a value that the reference driver decoded to its default Java type. */
  Object toNeutral(Object value) {
    if (value instanceof CqlDuration duration) {
      return new DurationParts(duration.getMonths(), duration.getDays(), duration.getNanoseconds());
    } else if (value instanceof TupleValue tuple) {
      return components(tuple);
    } else if (value instanceof UdtValue udt) {
      List<Object> values = components(udt);
      Map<String, Object> fields = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) {
        fields.put(udt.getType().getFieldNames().get(i).asInternal(), values.get(i));
      }
      return fields;
    } else if (value instanceof CqlVector<?> vector) {
      List<Object> elements = new ArrayList<>();
      vector.forEach(element -> elements.add(toNeutral(element)));
      return elements;
    } else if (value instanceof List<?> list) {
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
  private List<Object> components(GettableByIndex value) {
    List<Object> components = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      components.add(value.isNull(i) ? null : toNeutral(value.getObject(i)));
    }
    return components;
  }
}
