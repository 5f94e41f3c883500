package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.Udt;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.model.CqlType;
import io.sibyl.mapper.processor.model.ValueAccess;
import io.sibyl.mapper.processor.parse.cql.CqlTypeParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps a Java type to its CQL type and to the way generated code binds and reads it. Types that
 * need their CQL type spelled out (vectors, tuples, raw UDT values) are accepted only with an
 * explicit type, which is checked against the Java type.
 */
public final class CqlTypeResolver {

  private static final ClassName GENERIC_TYPE =
      ClassName.get("io.sibyl.driver.type", "GenericType");

  /** One mapping: the CQL type (null when a codec gives it) and the access path. */
  public record Resolved(CqlType cqlType, ValueAccess access) {}

  /** A failure, with the message to report and its arguments. */
  public static final class Failure extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message message;
    private final transient Object[] args;

    Failure(Message message, Object... args) {
      super(message.name(), null, false, false);
      this.message = message;
      this.args = args;
    }

    /** The message id. */
    public Message message() {
      return message;
    }

    /** The message arguments. */
    public Object[] args() {
      return args;
    }
  }

  private record Leaf(String cql, String accessor, String constant, Set<String> accepted) {}

  private static final Map<String, Leaf> LEAVES =
      Map.ofEntries(
          Map.entry("boolean", new Leaf("boolean", "Boolean", null, Set.of("boolean"))),
          Map.entry("java.lang.Boolean", new Leaf("boolean", "Boolean", null, Set.of("boolean"))),
          Map.entry("byte", new Leaf("tinyint", null, "BYTE", Set.of("tinyint"))),
          Map.entry("java.lang.Byte", new Leaf("tinyint", null, "BYTE", Set.of("tinyint"))),
          Map.entry("short", new Leaf("smallint", null, "SHORT", Set.of("smallint"))),
          Map.entry("java.lang.Short", new Leaf("smallint", null, "SHORT", Set.of("smallint"))),
          Map.entry("int", new Leaf("int", "Int", null, Set.of("int"))),
          Map.entry("java.lang.Integer", new Leaf("int", "Int", null, Set.of("int"))),
          Map.entry("long", new Leaf("bigint", "Long", null, Set.of("bigint", "counter"))),
          Map.entry(
              "java.lang.Long", new Leaf("bigint", "Long", null, Set.of("bigint", "counter"))),
          Map.entry("float", new Leaf("float", "Float", null, Set.of("float"))),
          Map.entry("java.lang.Float", new Leaf("float", "Float", null, Set.of("float"))),
          Map.entry("double", new Leaf("double", "Double", null, Set.of("double"))),
          Map.entry("java.lang.Double", new Leaf("double", "Double", null, Set.of("double"))),
          Map.entry("java.lang.String", new Leaf("text", "String", null, Set.of("text", "ascii"))),
          Map.entry("java.util.UUID", new Leaf("uuid", "Uuid", null, Set.of("uuid", "timeuuid"))),
          Map.entry(
              "java.time.Instant", new Leaf("timestamp", "Instant", null, Set.of("timestamp"))),
          Map.entry("java.util.Date", new Leaf("timestamp", null, "DATE", Set.of("timestamp"))),
          Map.entry("java.time.LocalDate", new Leaf("date", null, "LOCAL_DATE", Set.of("date"))),
          Map.entry("java.time.LocalTime", new Leaf("time", null, "LOCAL_TIME", Set.of("time"))),
          Map.entry(
              "java.math.BigDecimal", new Leaf("decimal", null, "BIG_DECIMAL", Set.of("decimal"))),
          Map.entry(
              "java.math.BigInteger", new Leaf("varint", null, "BIG_INTEGER", Set.of("varint"))),
          Map.entry("java.nio.ByteBuffer", new Leaf("blob", null, "BYTE_BUFFER", Set.of("blob"))),
          Map.entry("java.net.InetAddress", new Leaf("inet", null, "INET_ADDRESS", Set.of("inet"))),
          Map.entry(
              "io.sibyl.driver.type.CqlDuration",
              new Leaf("duration", null, "CQL_DURATION", Set.of("duration"))),
          Map.entry(
              "io.sibyl.driver.type.TupleValue",
              new Leaf(null, null, "TUPLE_VALUE", Set.of("tuple"))),
          Map.entry(
              "io.sibyl.driver.type.UdtValue", new Leaf(null, null, "UDT_VALUE", Set.of("udt"))));

  private static final Set<String> GEOMETRIES =
      Set.of(
          "io.sibyl.driver.type.geometry.Point",
          "io.sibyl.driver.type.geometry.LineString",
          "io.sibyl.driver.type.geometry.Polygon");

  private final ProcessorContext context;

  /** A resolver in a processing context. */
  public CqlTypeResolver(ProcessorContext context) {
    this.context = context;
  }

  /**
   * Resolves a property's type.
   *
   * @param type the Java type
   * @param override the {@code @Column(type)} text, or empty
   * @param codec the {@code @Column(codec)} class, or null
   * @param property the property name, for messages
   */
  public Resolved resolve(TypeMirror type, String override, TypeMirror codec, String property)
      throws Failure {
    CqlType explicit = null;
    if (!override.isEmpty()) {
      explicit = CqlTypeParser.parse(override);
      if (explicit == null) {
        throw new Failure(Message.COLUMN_TYPE_INVALID, override);
      }
    }
    if (codec != null) {
      ValueAccess access =
          new ValueAccess(
              TypeName.get(type),
              ValueAccess.Kind.CODEC,
              null,
              null,
              (ClassName) TypeName.get(codec),
              List.of());
      return new Resolved(explicit, access);
    }
    String geometry = geometry(type);
    if (geometry != null) {
      return geometry(type, geometry, explicit, override, property);
    }
    Shape shape = describe(type, property);
    if (explicit != null) {
      if (!fits(shape, explicit)) {
        throw new Failure(
            Message.COLUMN_TYPE_MISMATCH, override, property, type, shape.suggestion());
      }
      return new Resolved(explicit, shape.access);
    }
    if (shape.cql == null) {
      throw new Failure(Message.COLUMN_TYPE_REQUIRED, property, type, shape.suggestion());
    }
    return new Resolved(shape.cql, shape.access);
  }

  /** The simple name of a geometry class of the driver ({@code Point}...), else null. */
  private static String geometry(TypeMirror type) {
    String name = type.getKind() == TypeKind.DECLARED ? qualified(type) : null;
    return name != null && GEOMETRIES.contains(name)
        ? name.substring(name.lastIndexOf('.') + 1)
        : null;
  }

  /**
   * A geometry property: a {@code blob} holding its well-known binary by default (Apache Cassandra
   * has no geometric types), or DSE's custom type when {@code @Column(type)} names it.
   */
  private static Resolved geometry(
      TypeMirror type, String simpleName, CqlType explicit, String override, String property)
      throws Failure {
    TypeName javaType = TypeName.get(type);
    CqlType custom = CqlType.custom(simpleName + "Type");
    if (explicit == null || explicit.equals(CqlType.of("blob"))) {
      ClassName codec = ClassName.get("io.sibyl.mapper.generated", simpleName + "BlobCodec");
      return new Resolved(
          CqlType.of("blob"),
          new ValueAccess(javaType, ValueAccess.Kind.CODEC, null, null, codec, List.of()));
    }
    if (explicit.equals(custom)) {
      return new Resolved(
          custom, generic(javaType, CodeBlock.of("$T.of($T.class)", GENERIC_TYPE, javaType)));
    }
    throw new Failure(
        Message.COLUMN_TYPE_MISMATCH, override, property, type, "blob or " + custom.asCql());
  }

  /** The access path of a parameter's type, or a failure when it cannot be bound. */
  public ValueAccess accessFor(TypeMirror type, String parameter) throws Failure {
    return describe(type, parameter).access;
  }

  private record Shape(
      CqlType cql, ValueAccess access, Set<String> accepted, List<Shape> arguments, String udt) {
    String suggestion() {
      if (cql != null) {
        return cql.asCql();
      }
      if (accepted.contains("vector")) {
        return "vector<float, 3>";
      }
      return accepted.contains("tuple") ? "tuple<int, text>" : "frozen<my_type>";
    }
  }

  private Shape describe(TypeMirror type, String property) throws Failure {
    TypeName javaType = TypeName.get(type);
    if (type.getKind() == TypeKind.ARRAY) {
      if (MoreTypes.isArrayOf(type, TypeKind.BYTE)) {
        return leafShape(javaType, new Leaf("blob", null, "BYTE_ARRAY", Set.of("blob")));
      }
      if (MoreTypes.isArrayOf(type, TypeKind.FLOAT)) {
        return new Shape(
            null,
            generic(javaType, CodeBlock.of("$T.FLOAT_ARRAY", GENERIC_TYPE)),
            Set.of("vector"),
            List.of(),
            null);
      }
      throw unsupported(property, type);
    }
    // The kind, not toString(): a type-use annotation (@Min(1) int) is part of the latter.
    String key =
        type.getKind().isPrimitive()
            ? type.getKind().name().toLowerCase(java.util.Locale.ROOT)
            : qualified(type);
    Leaf leaf = key == null ? null : LEAVES.get(key);
    if (leaf != null) {
      return leafShape(javaType, leaf);
    }
    TypeElement element = MoreTypes.element(type);
    if (element == null) {
      throw unsupported(property, type);
    }
    if (element.getKind() == ElementKind.ENUM) {
      CodeBlock generic = CodeBlock.of("$T.of($T.class)", GENERIC_TYPE, javaType);
      return new Shape(
          CqlType.of("text"),
          generic(javaType, generic),
          Set.of("text", "ascii", "int"),
          List.of(),
          null);
    }
    if (element.getAnnotation(Udt.class) != null) {
      return udtShape(type, element, javaType);
    }
    return switch (key) {
      case "java.util.List", "java.util.Set" -> collectionShape(type, key, javaType, property);
      case "java.util.Map" -> mapShape(type, javaType, property);
      case "io.sibyl.driver.type.CqlVector" -> vectorShape(type, javaType, property);
      case "io.sibyl.driver.type.Tuple2", "io.sibyl.driver.type.Tuple3" ->
          tupleShape(type, key, javaType, property);
      default -> throw unsupported(property, type);
    };
  }

  private Shape udtShape(TypeMirror type, TypeElement element, TypeName javaType) {
    String cqlName = UdtNames.cqlName(element, context.options());
    ClassName mapper = GeneratedNames.udt(ClassName.get(element));
    CodeBlock generic = CodeBlock.of("$T.of($T.class)", GENERIC_TYPE, javaType);
    ValueAccess access =
        new ValueAccess(javaType, ValueAccess.Kind.MAPPED, null, generic, null, List.of(mapper));
    return new Shape(CqlType.udt(cqlName).asFrozen(), access, Set.of("udt"), List.of(), cqlName);
  }

  private Shape collectionShape(TypeMirror type, String key, TypeName javaType, String property)
      throws Failure {
    List<? extends TypeMirror> arguments = MoreTypes.arguments(type);
    if (arguments.size() != 1) {
      throw unsupported(property, type);
    }
    Shape element = describe(arguments.get(0), property);
    String name = key.equals("java.util.List") ? "list" : "set";
    CqlType cql = element.cql == null ? null : CqlType.of(name, List.of(nested(element.cql)));
    CodeBlock generic =
        CodeBlock.of("$T.$L($L)", GENERIC_TYPE, name + "Of", argumentExpression(element));
    return new Shape(
        cql, combine(javaType, generic, element), Set.of(name), List.of(element), null);
  }

  private Shape mapShape(TypeMirror type, TypeName javaType, String property) throws Failure {
    List<? extends TypeMirror> arguments = MoreTypes.arguments(type);
    if (arguments.size() != 2) {
      throw unsupported(property, type);
    }
    Shape keyShape = describe(arguments.get(0), property);
    Shape valueShape = describe(arguments.get(1), property);
    CqlType cql =
        keyShape.cql == null || valueShape.cql == null
            ? null
            : CqlType.of("map", List.of(nested(keyShape.cql), nested(valueShape.cql)));
    CodeBlock key = argumentExpression(keyShape);
    CodeBlock value = argumentExpression(valueShape);
    boolean keyIsClass = key.toString().endsWith(".class");
    boolean valueIsClass = value.toString().endsWith(".class");
    if (keyIsClass != valueIsClass) {
      key = keyIsClass ? CodeBlock.of("$T.of($L)", GENERIC_TYPE, key) : key;
      value = valueIsClass ? CodeBlock.of("$T.of($L)", GENERIC_TYPE, value) : value;
    }
    CodeBlock generic = CodeBlock.of("$T.mapOf($L, $L)", GENERIC_TYPE, key, value);
    return new Shape(
        cql,
        combine(javaType, generic, keyShape, valueShape),
        Set.of("map"),
        List.of(keyShape, valueShape),
        null);
  }

  /**
   * {@code Tuple2<A, B>} and {@code Tuple3<A, B, C>}: {@code frozen<tuple<a, b>>} from the
   * components' types, bound through the driver's typed tuple codec (and the mappers of the UDTs a
   * component involves).
   */
  private Shape tupleShape(TypeMirror type, String key, TypeName javaType, String property)
      throws Failure {
    List<? extends TypeMirror> arguments = MoreTypes.arguments(type);
    int arity = key.endsWith("2") ? 2 : 3;
    if (arguments.size() != arity) {
      throw new Failure(Message.TUPLE_TYPE_ARGUMENTS, property, type, arity);
    }
    List<Shape> components = new ArrayList<>();
    List<CqlType> cqlComponents = new ArrayList<>();
    for (int i = 0; i < arity; i++) {
      TypeMirror argument = arguments.get(i);
      if (argument.getKind() != TypeKind.DECLARED && argument.getKind() != TypeKind.ARRAY) {
        throw new Failure(Message.TUPLE_TYPE_ARGUMENTS, property, type, arity);
      }
      Shape component;
      try {
        component = describe(argument, property);
      } catch (Failure e) {
        if (e.message() != Message.COLUMN_UNSUPPORTED_TYPE) {
          throw e;
        }
        throw new Failure(Message.TUPLE_COMPONENT_UNSUPPORTED, property, i, argument, type);
      }
      components.add(component);
      cqlComponents.add(component.cql == null ? null : nested(component.cql));
    }
    CqlType cql =
        cqlComponents.contains(null) ? null : CqlType.of("tuple", cqlComponents).asFrozen();
    List<CodeBlock> parts = new ArrayList<>();
    boolean classes = true;
    for (Shape component : components) {
      CodeBlock part = argumentExpression(component);
      parts.add(part);
      classes &= part.toString().endsWith(".class");
    }
    if (!classes) {
      parts.replaceAll(
          part ->
              part.toString().endsWith(".class")
                  ? CodeBlock.of("$T.of($L)", GENERIC_TYPE, part)
                  : part);
    }
    CodeBlock generic =
        CodeBlock.of("$T.tuple$LOf($L)", GENERIC_TYPE, arity, CodeBlock.join(parts, ",$W"));
    return new Shape(
        cql,
        combine(javaType, generic, components.toArray(new Shape[0])),
        Set.of("tuple"),
        components,
        null);
  }

  private Shape vectorShape(TypeMirror type, TypeName javaType, String property) throws Failure {
    List<? extends TypeMirror> arguments = MoreTypes.arguments(type);
    if (arguments.size() != 1) {
      throw unsupported(property, type);
    }
    Shape element = describe(arguments.get(0), property);
    CodeBlock generic = CodeBlock.of("$T.vectorOf($L)", GENERIC_TYPE, argumentExpression(element));
    return new Shape(
        null, combine(javaType, generic, element), Set.of("vector"), List.of(element), null);
  }

  private static Shape leafShape(TypeName javaType, Leaf leaf) {
    CqlType cql = leaf.cql == null ? null : CqlType.of(leaf.cql);
    ValueAccess access =
        leaf.accessor != null
            ? new ValueAccess(
                javaType, ValueAccess.Kind.DIRECT, leaf.accessor, null, null, List.of())
            : generic(javaType, CodeBlock.of("$T.$L", GENERIC_TYPE, leaf.constant));
    return new Shape(cql, access, leaf.accepted, List.of(), null);
  }

  private static ValueAccess generic(TypeName javaType, CodeBlock genericType) {
    return new ValueAccess(javaType, ValueAccess.Kind.GENERIC, null, genericType, null, List.of());
  }

  private static ValueAccess combine(TypeName javaType, CodeBlock generic, Shape... parts) {
    List<ClassName> mappers = new ArrayList<>();
    for (Shape part : parts) {
      for (ClassName mapper : part.access.udtMappers()) {
        if (!mappers.contains(mapper)) {
          mappers.add(mapper);
        }
      }
    }
    ValueAccess.Kind kind = mappers.isEmpty() ? ValueAccess.Kind.GENERIC : ValueAccess.Kind.MAPPED;
    return new ValueAccess(javaType, kind, null, generic, null, mappers);
  }

  /** A nested element's expression: a class literal for plain classes, else its GenericType. */
  private static CodeBlock argumentExpression(Shape element) {
    TypeName type = element.access.javaType();
    if (type instanceof ClassName className) {
      return CodeBlock.of("$T.class", className);
    }
    if (type.isPrimitive()) {
      return CodeBlock.of("$T.class", type.box());
    }
    return element.access.genericType();
  }

  private static CqlType nested(CqlType type) {
    return type.isCollection() || type.isUdt() || type.name().equals("tuple")
        ? type.asFrozen()
        : type;
  }

  private static boolean fits(Shape shape, CqlType cql) {
    if (shape.udt != null) {
      return cql.isUdt() && cql.udtName().equals(shape.udt);
    }
    if (!shape.accepted.contains(cql.name())) {
      return false;
    }
    if (cql.name().equals("vector") && shape.arguments.isEmpty()) {
      return cql.arguments().get(0).name().equals("float");
    }
    if (shape.arguments.isEmpty() || cql.arguments().size() != shape.arguments.size()) {
      return shape.arguments.isEmpty();
    }
    for (int i = 0; i < shape.arguments.size(); i++) {
      if (!fits(shape.arguments.get(i), cql.arguments().get(i))) {
        return false;
      }
    }
    return true;
  }

  private static String qualified(TypeMirror type) {
    TypeElement element = MoreTypes.element(type);
    return element == null ? null : element.getQualifiedName().toString();
  }

  private static Failure unsupported(String property, TypeMirror type) {
    return new Failure(Message.COLUMN_UNSUPPORTED_TYPE, property, type);
  }
}
