package io.sibyl.driver.type;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A token for a Java type, generic or not, so that codecs can be looked up for {@code List<String>}
 * as well as for {@code String}.
 *
 * <p>Capture a generic type with an anonymous subclass: {@code new GenericType<Map<String,
 * List<Integer>>>() {}}, or build one with the factories: {@code
 * GenericType.mapOf(GenericType.of(String.class), GenericType.listOf(Integer.class))}. Two tokens
 * are equal when their {@link Type}s are equal, however they were made.
 *
 * @param <T> the Java type
 */
public abstract class GenericType<T> {
  /** {@code String}. */
  public static final GenericType<String> STRING = of(String.class);

  /** {@code Integer}. */
  public static final GenericType<Integer> INTEGER = of(Integer.class);

  /** {@code Long}. */
  public static final GenericType<Long> LONG = of(Long.class);

  /** {@code Boolean}. */
  public static final GenericType<Boolean> BOOLEAN = of(Boolean.class);

  /** {@code Double}. */
  public static final GenericType<Double> DOUBLE = of(Double.class);

  /** {@code Float}. */
  public static final GenericType<Float> FLOAT = of(Float.class);

  /** {@code Short}. */
  public static final GenericType<Short> SHORT = of(Short.class);

  /** {@code Byte}. */
  public static final GenericType<Byte> BYTE = of(Byte.class);

  /** {@code ByteBuffer}. */
  public static final GenericType<ByteBuffer> BYTE_BUFFER = of(ByteBuffer.class);

  /** {@code byte[]}. */
  public static final GenericType<byte[]> BYTE_ARRAY = of(byte[].class);

  /** {@code float[]}. */
  public static final GenericType<float[]> FLOAT_ARRAY = of(float[].class);

  /** {@code Instant}. */
  public static final GenericType<Instant> INSTANT = of(Instant.class);

  /** {@code java.util.Date}. */
  public static final GenericType<java.util.Date> DATE = of(java.util.Date.class);

  /** {@code LocalDate}. */
  public static final GenericType<LocalDate> LOCAL_DATE = of(LocalDate.class);

  /** {@code LocalTime}. */
  public static final GenericType<LocalTime> LOCAL_TIME = of(LocalTime.class);

  /** {@code UUID}. */
  public static final GenericType<UUID> UUID = of(java.util.UUID.class);

  /** {@code BigDecimal}. */
  public static final GenericType<BigDecimal> BIG_DECIMAL = of(BigDecimal.class);

  /** {@code BigInteger}. */
  public static final GenericType<BigInteger> BIG_INTEGER = of(BigInteger.class);

  /** {@code InetAddress}. */
  public static final GenericType<InetAddress> INET_ADDRESS = of(InetAddress.class);

  /** {@code CqlDuration}. */
  public static final GenericType<CqlDuration> CQL_DURATION = of(CqlDuration.class);

  /** {@code TupleValue}. */
  public static final GenericType<TupleValue> TUPLE_VALUE = of(TupleValue.class);

  /** {@code UdtValue}. */
  public static final GenericType<UdtValue> UDT_VALUE = of(UdtValue.class);

  private final Type type;

  /**
   * Captures the type argument of an anonymous subclass, as in {@code new
   * GenericType<List<String>>() {}}.
   *
   * @throws IllegalStateException if the subclass does not give a concrete type argument
   */
  protected GenericType() {
    Type superclass = getClass().getGenericSuperclass();
    if (!(superclass instanceof ParameterizedType parameterized)
        || parameterized.getRawType() != GenericType.class) {
      throw new IllegalStateException(
          "Create a GenericType as a direct anonymous subclass with a type argument, for example"
              + " new GenericType<List<String>>() {}");
    }
    Type captured = parameterized.getActualTypeArguments()[0];
    if (captured instanceof TypeVariable<?>) {
      throw new IllegalStateException(
          "GenericType cannot capture the type variable "
              + captured
              + ": give a concrete type, or build the token with GenericType.of / listOf / mapOf");
    }
    this.type = captured;
  }

  private GenericType(Type type) {
    this.type = Objects.requireNonNull(type, "type");
  }

  /** The token of a class. Primitive classes give their own token; see {@link #wrap()}. */
  public static <T> GenericType<T> of(Class<T> javaClass) {
    return new Resolved<>(javaClass);
  }

  /** The token of any reflected type, such as a method's generic return type. */
  public static GenericType<?> of(Type javaType) {
    return new Resolved<>(javaType);
  }

  /** {@code List<E>}. */
  public static <E> GenericType<List<E>> listOf(Class<E> elementType) {
    return listOf(of(elementType));
  }

  /** {@code List<E>}. */
  public static <E> GenericType<List<E>> listOf(GenericType<E> elementType) {
    return new Resolved<>(new Parameterized(List.class, elementType.wrap().type));
  }

  /** {@code Set<E>}. */
  public static <E> GenericType<Set<E>> setOf(Class<E> elementType) {
    return setOf(of(elementType));
  }

  /** {@code Set<E>}. */
  public static <E> GenericType<Set<E>> setOf(GenericType<E> elementType) {
    return new Resolved<>(new Parameterized(Set.class, elementType.wrap().type));
  }

  /** {@code Map<K, V>}. */
  public static <K, V> GenericType<Map<K, V>> mapOf(Class<K> keyType, Class<V> valueType) {
    return mapOf(of(keyType), of(valueType));
  }

  /** {@code Map<K, V>}. */
  public static <K, V> GenericType<Map<K, V>> mapOf(
      GenericType<K> keyType, GenericType<V> valueType) {
    return new Resolved<>(new Parameterized(Map.class, keyType.wrap().type, valueType.wrap().type));
  }

  /** {@code Optional<E>}. */
  public static <E> GenericType<Optional<E>> optionalOf(Class<E> elementType) {
    return optionalOf(of(elementType));
  }

  /** {@code Optional<E>}. */
  public static <E> GenericType<Optional<E>> optionalOf(GenericType<E> elementType) {
    return new Resolved<>(new Parameterized(Optional.class, elementType.wrap().type));
  }

  /** {@code CqlVector<E>}. */
  public static <E> GenericType<CqlVector<E>> vectorOf(Class<E> elementType) {
    return vectorOf(of(elementType));
  }

  /** {@code CqlVector<E>}. */
  public static <E> GenericType<CqlVector<E>> vectorOf(GenericType<E> elementType) {
    return new Resolved<>(new Parameterized(CqlVector.class, elementType.wrap().type));
  }

  /** {@code Tuple2<A, B>}. */
  public static <A, B> GenericType<Tuple2<A, B>> tuple2Of(Class<A> first, Class<B> second) {
    return tuple2Of(of(first), of(second));
  }

  /** {@code Tuple2<A, B>}. */
  public static <A, B> GenericType<Tuple2<A, B>> tuple2Of(
      GenericType<A> first, GenericType<B> second) {
    return new Resolved<>(new Parameterized(Tuple2.class, first.wrap().type, second.wrap().type));
  }

  /** {@code Tuple3<A, B, C>}. */
  public static <A, B, C> GenericType<Tuple3<A, B, C>> tuple3Of(
      Class<A> first, Class<B> second, Class<C> third) {
    return tuple3Of(of(first), of(second), of(third));
  }

  /** {@code Tuple3<A, B, C>}. */
  public static <A, B, C> GenericType<Tuple3<A, B, C>> tuple3Of(
      GenericType<A> first, GenericType<B> second, GenericType<C> third) {
    return new Resolved<>(
        new Parameterized(Tuple3.class, first.wrap().type, second.wrap().type, third.wrap().type));
  }

  /** The reflected type. */
  public Type getType() {
    return type;
  }

  /**
   * The class that erases this type: {@code List} for {@code List<String>}, the upper bound of a
   * wildcard or type variable, an array class for a generic array.
   */
  @SuppressWarnings("unchecked")
  public Class<? super T> getRawType() {
    return (Class<? super T>) rawClass(type);
  }

  /**
   * The number of type arguments: 1 for {@code List<String>}, 0 for {@code String} or raw types.
   */
  public int typeArgumentCount() {
    return type instanceof ParameterizedType p ? p.getActualTypeArguments().length : 0;
  }

  /**
   * The type argument at {@code index}: {@code String} for index 0 of {@code List<String>}.
   *
   * @throws IndexOutOfBoundsException if this type has no such argument
   */
  public GenericType<?> typeArgument(int index) {
    if (!(type instanceof ParameterizedType p)) {
      throw new IndexOutOfBoundsException(type.getTypeName() + " has no type arguments");
    }
    return new Resolved<>(p.getActualTypeArguments()[index]);
  }

  /** Whether this is a primitive class such as {@code int}. */
  public boolean isPrimitive() {
    return type instanceof Class<?> c && c.isPrimitive();
  }

  /** The boxed token of a primitive ({@code Integer} for {@code int}); this token otherwise. */
  @SuppressWarnings("unchecked")
  public GenericType<T> wrap() {
    if (!isPrimitive()) {
      return this;
    }
    return (GenericType<T>) of(wrap((Class<?>) type));
  }

  /** The boxed class of a primitive class ({@code Integer} for {@code int}); others unchanged. */
  public static Class<?> wrap(Class<?> javaClass) {
    if (!javaClass.isPrimitive()) {
      return javaClass;
    }
    if (javaClass == int.class) {
      return Integer.class;
    } else if (javaClass == long.class) {
      return Long.class;
    } else if (javaClass == boolean.class) {
      return Boolean.class;
    } else if (javaClass == double.class) {
      return Double.class;
    } else if (javaClass == float.class) {
      return Float.class;
    } else if (javaClass == short.class) {
      return Short.class;
    } else if (javaClass == byte.class) {
      return Byte.class;
    } else if (javaClass == char.class) {
      return Character.class;
    }
    return Void.class;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GenericType<?> that && type.equals(that.type);
  }

  @Override
  public int hashCode() {
    return type.hashCode();
  }

  @Override
  public String toString() {
    return type.getTypeName();
  }

  private static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    } else if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    } else if (type instanceof GenericArrayType array) {
      return Array.newInstance(rawClass(array.getGenericComponentType()), 0).getClass();
    } else if (type instanceof WildcardType wildcard) {
      return rawClass(wildcard.getUpperBounds()[0]);
    } else if (type instanceof TypeVariable<?> variable) {
      return rawClass(variable.getBounds()[0]);
    }
    throw new IllegalArgumentException("Unsupported kind of type: " + type);
  }

  /** A token made by a factory rather than captured. */
  private static final class Resolved<T> extends GenericType<T> {
    Resolved(Type type) {
      super(type);
    }
  }

  /**
   * A parameterized type built at run time. Its equals and hashCode follow the contract of {@link
   * ParameterizedType}, so it equals the JDK's reflected instance of the same type.
   */
  private static final class Parameterized implements ParameterizedType {
    private final Class<?> rawType;
    private final Type[] arguments;

    Parameterized(Class<?> rawType, Type... arguments) {
      this.rawType = rawType;
      this.arguments = arguments.clone();
    }

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.clone();
    }

    @Override
    public Type getRawType() {
      return rawType;
    }

    @Override
    public Type getOwnerType() {
      return rawType.getDeclaringClass();
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParameterizedType that
          && rawType.equals(that.getRawType())
          && Objects.equals(getOwnerType(), that.getOwnerType())
          && Arrays.equals(arguments, that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(arguments) ^ Objects.hashCode(getOwnerType()) ^ rawType.hashCode();
    }

    @Override
    public String toString() {
      StringBuilder name = new StringBuilder(rawType.getName()).append('<');
      for (int i = 0; i < arguments.length; i++) {
        name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
      }
      return name.append('>').toString();
    }
  }
}
