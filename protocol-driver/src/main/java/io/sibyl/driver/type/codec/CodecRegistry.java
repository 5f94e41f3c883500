package io.sibyl.driver.type.codec;

import io.sibyl.driver.error.CodecNotFoundException;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.CustomType;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.ListType;
import io.sibyl.driver.type.MapType;
import io.sibyl.driver.type.PrimitiveType;
import io.sibyl.driver.type.SetType;
import io.sibyl.driver.type.Tuple2;
import io.sibyl.driver.type.Tuple3;
import io.sibyl.driver.type.TupleType;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.driver.type.UdtValue;
import io.sibyl.driver.type.UserDefinedType;
import io.sibyl.driver.type.VectorType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@link TypeCodec} for a CQL type, a Java type, or a runtime value.
 *
 * <p>{@link #DEFAULT} knows every built-in mapping (see {@code docs/driver/types.md}). {@link
 * #withCodecs} makes a registry whose user codecs come first: they win over built-in codecs in
 * every lookup that names a Java type or a value, and for {@link #codecFor(DataType)} on custom
 * types; the default mapping of other CQL types stays the built-in one. Codecs of collections,
 * tuples, UDTs and vectors are built on demand from their element codecs, user codecs included, and
 * cached.
 *
 * <p>Lookups of primitive CQL types go through arrays indexed by the protocol's type code, so they
 * neither hash nor allocate. Instances are immutable and thread-safe.
 */
public final class CodecRegistry {
  /** The registry of built-in codecs. */
  public static final CodecRegistry DEFAULT = new CodecRegistry(new TypeCodec<?>[0]);

  private static final BuiltInCodecProvider BUILT_INS = BuiltIns.PROVIDER;

  private final TypeCodec<?>[] userCodecs;
  private final ConcurrentHashMap<DataType, TypeCodec<?>> defaultCodecs = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Key, TypeCodec<?>> codecs = new ConcurrentHashMap<>();

  private record Key(DataType cqlType, GenericType<?> javaType) {}

  private CodecRegistry(TypeCodec<?>[] userCodecs) {
    this.userCodecs = userCodecs;
  }

  /**
   * A registry with the given codecs in front of this registry's codecs. Among the new codecs, the
   * first that matches a lookup wins.
   */
  public CodecRegistry withCodecs(TypeCodec<?>... codecs) {
    TypeCodec<?>[] combined = new TypeCodec<?>[codecs.length + userCodecs.length];
    for (int i = 0; i < codecs.length; i++) {
      combined[i] = java.util.Objects.requireNonNull(codecs[i], "codec " + i);
    }
    System.arraycopy(userCodecs, 0, combined, codecs.length, userCodecs.length);
    return new CodecRegistry(combined);
  }

  /** The user codecs of this registry, in lookup order. */
  public List<TypeCodec<?>> userCodecs() {
    return List.of(userCodecs);
  }

  /**
   * The codec between a CQL type and a Java class ({@code int.class} and {@code Integer.class}
   * alike; {@code Object.class} gives the default mapping). Type arguments are not known from a
   * class: {@code List.class} gives list elements their default Java type.
   *
   * @throws CodecNotFoundException if there is no such codec
   */
  public <T> TypeCodec<T> codecFor(DataType cqlType, Class<T> javaClass) {
    for (TypeCodec<?> user : userCodecs) {
      if (user.accepts(cqlType) && user.accepts(javaClass)) {
        return cast(user);
      }
    }
    if (cqlType instanceof PrimitiveType primitive && !javaClass.isEnum()) {
      TypeCodec<?> builtIn = BUILT_INS.forClass(primitive.protocolCode(), javaClass);
      if (builtIn != null) {
        return cast(builtIn);
      }
    }
    return lookup(cqlType, GenericType.of(javaClass));
  }

  /**
   * The codec between a CQL type and a Java type, such as {@code list<text>} and {@code
   * List<String>}, to any depth.
   *
   * @throws CodecNotFoundException if there is no such codec
   */
  public <T> TypeCodec<T> codecFor(DataType cqlType, GenericType<T> javaType) {
    for (TypeCodec<?> user : userCodecs) {
      if (user.accepts(cqlType) && user.accepts(javaType)) {
        return cast(user);
      }
    }
    if (cqlType instanceof PrimitiveType primitive && javaType.getType() instanceof Class<?> c) {
      TypeCodec<?> builtIn = c.isEnum() ? null : BUILT_INS.forClass(primitive.protocolCode(), c);
      if (builtIn != null) {
        return cast(builtIn);
      }
    }
    return lookup(cqlType, javaType);
  }

  /**
   * The codec of a CQL type's default Java type: {@code int} gives Integer, {@code list<text>}
   * {@code List<String>}, a UDT {@link UdtValue}. For custom types a matching user codec comes
   * first, raw {@code ByteBuffer}s otherwise.
   *
   * @throws CodecNotFoundException if the type has no codec
   */
  public <T> TypeCodec<T> codecFor(DataType cqlType) {
    if (cqlType instanceof PrimitiveType primitive) {
      TypeCodec<?> builtIn = BUILT_INS.defaultFor(primitive.protocolCode());
      if (builtIn == null) {
        throw new CodecNotFoundException(cqlType, null, "It is not a primitive type Sibyl knows.");
      }
      return cast(builtIn);
    }
    TypeCodec<?> cached = defaultCodecs.get(cqlType);
    if (cached == null) {
      cached = createDefault(cqlType);
      TypeCodec<?> raced = defaultCodecs.putIfAbsent(cqlType, cached);
      cached = raced == null ? cached : raced;
    }
    return cast(cached);
  }

  /**
   * The codec for a runtime value when no CQL type is known, as for the positional values of a
   * simple statement: String to text, Integer to int, Long to bigint, Short to smallint, Byte to
   * tinyint, Instant and Date to timestamp, LocalDate to date, LocalTime to time, BigInteger to
   * varint, ByteBuffer and byte[] to blob, enums to text (their names), float[] to vector of float;
   * collections and vectors by their first element (an empty one as blob elements); tuple and UDT
   * values by their own type; {@code Tuple2}/{@code Tuple3} by their components' values (which must
   * not be null). User codecs that accept the value come first.
   *
   * @throws CodecNotFoundException if the value is null or of a class no codec accepts
   */
  public <T> TypeCodec<T> codecFor(T value) {
    if (value == null) {
      throw new CodecNotFoundException(
          null, null, "A null value has no type: bind it where the CQL type is known.");
    }
    for (TypeCodec<?> user : userCodecs) {
      if (user.accepts(value)) {
        return cast(user);
      }
    }
    TypeCodec<?> scalar = BUILT_INS.inferFromValue(value);
    if (scalar != null) {
      return cast(scalar);
    }
    return cast(inferComposite(value));
  }

  /**
   * The codec between a CQL type and the runtime class of a value (the first element's class for
   * collections), as when binding a value to a prepared statement's variable. A null value gets the
   * type's default codec.
   *
   * @throws CodecNotFoundException if no codec maps the CQL type to the value's class
   */
  public <T> TypeCodec<T> codecFor(DataType cqlType, T value) {
    if (value == null) {
      return codecFor(cqlType);
    }
    for (TypeCodec<?> user : userCodecs) {
      if (user.accepts(cqlType) && user.accepts(value)) {
        return cast(user);
      }
    }
    if (cqlType instanceof PrimitiveType primitive && !(value instanceof Enum<?>)) {
      TypeCodec<?> builtIn = BUILT_INS.forValue(primitive.protocolCode(), value);
      if (builtIn != null) {
        return cast(builtIn);
      }
    }
    return lookup(cqlType, javaTypeOf(cqlType, value));
  }

  private <T> TypeCodec<T> lookup(DataType cqlType, GenericType<?> javaType) {
    Key key = new Key(cqlType, javaType);
    TypeCodec<?> cached = codecs.get(key);
    if (cached == null) {
      cached = create(cqlType, javaType);
      TypeCodec<?> raced = codecs.putIfAbsent(key, cached);
      cached = raced == null ? cached : raced;
    }
    return cast(cached);
  }

  private TypeCodec<?> create(DataType cqlType, GenericType<?> javaType) {
    Class<?> raw = GenericType.wrap(javaType.getRawType());
    if (raw == Object.class) {
      return codecFor(cqlType);
    }
    if (raw == Optional.class) {
      return BUILT_INS.optionalOf(argumentCodec(cqlType, javaType, 0));
    }
    TypeCodec<?> codec = null;
    if (cqlType instanceof PrimitiveType primitive) {
      codec = raw.isEnum() ? BUILT_INS.enumOf(primitive, raw) : null;
    } else if (cqlType instanceof ListType list && raw == List.class) {
      codec = BUILT_INS.listOf(list, argumentCodec(list.elementType(), javaType, 0));
    } else if (cqlType instanceof SetType set && raw == Set.class) {
      codec = BUILT_INS.setOf(set, argumentCodec(set.elementType(), javaType, 0));
    } else if (cqlType instanceof MapType map && raw == Map.class) {
      codec =
          BUILT_INS.mapOf(
              map,
              argumentCodec(map.keyType(), javaType, 0),
              argumentCodec(map.valueType(), javaType, 1));
    } else if (cqlType instanceof TupleType tuple && raw == TupleValue.class) {
      codec = BUILT_INS.tupleOf(tuple, this);
    } else if (cqlType instanceof TupleType tuple && isTypedTuple(raw)) {
      codec = typedTupleOf(tuple, javaType, raw == Tuple2.class ? 2 : 3);
    } else if (cqlType instanceof UserDefinedType udt && raw == UdtValue.class) {
      codec = BUILT_INS.udtOf(udt, this);
    } else if (cqlType instanceof VectorType vector && raw == CqlVector.class) {
      codec = BUILT_INS.vectorOf(vector, argumentCodec(vector.elementType(), javaType, 0));
    } else if (cqlType instanceof VectorType vector
        && raw == float[].class
        && vector.elementType().equals(DataTypes.FLOAT)) {
      codec = BUILT_INS.floatArrayVectorOf(vector);
    } else if (cqlType instanceof CustomType && raw == java.nio.ByteBuffer.class) {
      codec = BUILT_INS.rawBytesOf(cqlType);
    } else if (cqlType instanceof CustomType custom) {
      TypeCodec<?> builtIn = BUILT_INS.customOf(custom);
      codec = builtIn != null && builtIn.accepts(javaType) ? builtIn : null;
    }
    if (codec == null) {
      throw notFound(cqlType, javaType.getType());
    }
    return codec;
  }

  private static boolean isTypedTuple(Class<?> raw) {
    return raw == Tuple2.class || raw == Tuple3.class;
  }

  /** A Tuple2/Tuple3 codec; null (not found) when the arities differ. */
  private TypeCodec<?> typedTupleOf(TupleType tuple, GenericType<?> javaType, int arity) {
    List<DataType> componentTypes = tuple.componentTypes();
    if (componentTypes.size() != arity) {
      return null;
    }
    List<TypeCodec<?>> components = new ArrayList<>(arity);
    for (int i = 0; i < arity; i++) {
      components.add(argumentCodec(componentTypes.get(i), javaType, i));
    }
    return BUILT_INS.typedTupleOf(tuple, components);
  }

  private TypeCodec<Object> argumentCodec(DataType cqlType, GenericType<?> javaType, int index) {
    return javaType.typeArgumentCount() > index
        ? cast(codecFor(cqlType, javaType.typeArgument(index)))
        : codecFor(cqlType);
  }

  private TypeCodec<?> createDefault(DataType cqlType) {
    if (cqlType instanceof ListType list) {
      return BUILT_INS.listOf(list, codecFor(list.elementType()));
    } else if (cqlType instanceof SetType set) {
      return BUILT_INS.setOf(set, codecFor(set.elementType()));
    } else if (cqlType instanceof MapType map) {
      return BUILT_INS.mapOf(map, codecFor(map.keyType()), codecFor(map.valueType()));
    } else if (cqlType instanceof TupleType tuple) {
      return BUILT_INS.tupleOf(tuple, this);
    } else if (cqlType instanceof UserDefinedType udt) {
      return BUILT_INS.udtOf(udt, this);
    } else if (cqlType instanceof VectorType vector) {
      return BUILT_INS.vectorOf(vector, codecFor(vector.elementType()));
    } else if (cqlType instanceof CustomType) {
      for (TypeCodec<?> user : userCodecs) {
        if (user.accepts(cqlType)) {
          return user;
        }
      }
      TypeCodec<?> builtIn = BUILT_INS.customOf((CustomType) cqlType);
      return builtIn != null ? builtIn : BUILT_INS.rawBytesOf(cqlType);
    }
    throw new CodecNotFoundException(cqlType, null, null);
  }

  /** The composite codec of a value that is not a scalar: collections, vectors, tuples, UDTs. */
  private TypeCodec<?> inferComposite(Object value) {
    if (value instanceof Enum<?> constant) {
      return codecFor(DataTypes.TEXT, constant.getDeclaringClass());
    } else if (value instanceof TupleValue tuple) {
      return codecFor(tuple.type(), TupleValue.class);
    } else if (value instanceof UdtValue udt) {
      return codecFor(udt.type(), UdtValue.class);
    } else if (value instanceof Tuple2<?, ?> pair) {
      return inferTuple(pair.first(), pair.second());
    } else if (value instanceof Tuple3<?, ?, ?> triple) {
      return inferTuple(triple.first(), triple.second(), triple.third());
    } else if (value instanceof float[] array && array.length > 0) {
      return codecFor(DataTypes.vectorOf(DataTypes.FLOAT, array.length), float[].class);
    } else if (value instanceof CqlVector<?> vector && !vector.isEmpty()) {
      TypeCodec<?> element = codecFor(vector.get(0));
      return codecFor(
          DataTypes.vectorOf(element.cqlType(), vector.size()),
          GenericType.vectorOf(element.javaType()));
    } else if (value instanceof List<?> list) {
      TypeCodec<?> element = elementCodec(list.isEmpty() ? null : list.get(0));
      return codecFor(DataTypes.listOf(element.cqlType()), GenericType.listOf(element.javaType()));
    } else if (value instanceof Set<?> set) {
      TypeCodec<?> element = elementCodec(set.isEmpty() ? null : set.iterator().next());
      return codecFor(DataTypes.setOf(element.cqlType()), GenericType.setOf(element.javaType()));
    } else if (value instanceof Map<?, ?> map) {
      Map.Entry<?, ?> first = map.isEmpty() ? null : map.entrySet().iterator().next();
      TypeCodec<?> key = elementCodec(first == null ? null : first.getKey());
      TypeCodec<?> val = elementCodec(first == null ? null : first.getValue());
      return codecFor(
          DataTypes.mapOf(key.cqlType(), val.cqlType()),
          GenericType.mapOf(key.javaType(), val.javaType()));
    } else if (value instanceof Optional<?> optional) {
      TypeCodec<?> inner = elementCodec(optional.orElse(null));
      return codecFor(inner.cqlType(), GenericType.optionalOf(inner.javaType()));
    }
    throw notFound(null, value.getClass());
  }

  /** The codec of a typed tuple from its components' values, which must not be null. */
  private TypeCodec<?> inferTuple(Object... components) {
    List<DataType> cqlTypes = new ArrayList<>(components.length);
    List<GenericType<?>> javaTypes = new ArrayList<>(components.length);
    for (Object component : components) {
      if (component == null) {
        throw new CodecNotFoundException(
            null,
            null,
            "A tuple with a null component has no inferable type: bind it where the CQL type is"
                + " known.");
      }
      TypeCodec<?> codec = codecFor(component);
      cqlTypes.add(codec.cqlType());
      javaTypes.add(codec.javaType());
    }
    GenericType<?> javaType =
        components.length == 2
            ? GenericType.tuple2Of(javaTypes.get(0), javaTypes.get(1))
            : GenericType.tuple3Of(javaTypes.get(0), javaTypes.get(1), javaTypes.get(2));
    return codecFor(DataTypes.tupleOf(cqlTypes.toArray(new DataType[0])), javaType);
  }

  /** The codec of a collection element; blob when there is none to look at. */
  private TypeCodec<?> elementCodec(Object element) {
    return element == null
        ? BUILT_INS.defaultFor(DataTypes.BLOB.protocolCode())
        : codecFor(element);
  }

  /** The Java type that a value has for a given CQL type, looking into collections. */
  private GenericType<?> javaTypeOf(DataType cqlType, Object value) {
    if (cqlType instanceof ListType list && value instanceof List<?> elements) {
      return GenericType.listOf(elementJavaType(list.elementType(), first(elements)));
    } else if (cqlType instanceof SetType set && value instanceof Set<?> elements) {
      return GenericType.setOf(elementJavaType(set.elementType(), first(elements)));
    } else if (cqlType instanceof MapType map && value instanceof Map<?, ?> entries) {
      Map.Entry<?, ?> entry = entries.isEmpty() ? null : entries.entrySet().iterator().next();
      return GenericType.mapOf(
          elementJavaType(map.keyType(), entry == null ? null : entry.getKey()),
          elementJavaType(map.valueType(), entry == null ? null : entry.getValue()));
    } else if (cqlType instanceof VectorType vector && value instanceof CqlVector<?> elements) {
      return GenericType.vectorOf(elementJavaType(vector.elementType(), first(elements)));
    } else if (value instanceof Optional<?> optional) {
      return GenericType.optionalOf(elementJavaType(cqlType, optional.orElse(null)));
    } else if (cqlType instanceof TupleType tuple
        && value instanceof Tuple2<?, ?> pair
        && tuple.componentTypes().size() == 2) {
      List<DataType> types = tuple.componentTypes();
      return GenericType.tuple2Of(
          elementJavaType(types.get(0), pair.first()),
          elementJavaType(types.get(1), pair.second()));
    } else if (cqlType instanceof TupleType tuple
        && value instanceof Tuple3<?, ?, ?> triple
        && tuple.componentTypes().size() == 3) {
      List<DataType> types = tuple.componentTypes();
      return GenericType.tuple3Of(
          elementJavaType(types.get(0), triple.first()),
          elementJavaType(types.get(1), triple.second()),
          elementJavaType(types.get(2), triple.third()));
    } else if (value instanceof Enum<?> constant) {
      return GenericType.of(constant.getDeclaringClass());
    }
    return GenericType.of(value.getClass());
  }

  private GenericType<Object> elementJavaType(DataType cqlType, Object element) {
    TypeCodec<Object> codec = element == null ? codecFor(cqlType) : codecFor(cqlType, element);
    return codec.javaType();
  }

  private static Object first(java.util.Collection<?> elements) {
    return elements.isEmpty() ? null : elements.iterator().next();
  }

  private CodecNotFoundException notFound(DataType cqlType, Type javaType) {
    String hint = null;
    if (cqlType != null) {
      try {
        hint =
            "The default Java type of "
                + cqlType.asCql()
                + " is "
                + codecFor(cqlType).javaType()
                + ".";
      } catch (CodecNotFoundException e) {
        hint = null;
      }
    }
    return new CodecNotFoundException(cqlType, javaType, hint);
  }

  @SuppressWarnings("unchecked")
  private static <T> TypeCodec<T> cast(TypeCodec<?> codec) {
    return (TypeCodec<T>) codec;
  }
}
