package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.processor.model.ValueAccess;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How generated code binds a part of a column's value on its own: one element of a collection, one
 * key or value of a map, or a list of the column's values (an {@code IN} marker). A part of a
 * column that involves {@code @Udt} types is bound through the same mappers as the column; any
 * other part through the driver's codec for its Java type.
 */
final class PartAccess {

  private static final ClassName CQL_VECTOR = ClassName.get("io.sibyl.driver.type", "CqlVector");

  private PartAccess() {}

  /** The access of {@code type}, a part of a column whose access is {@code column}. */
  static ValueAccess of(ValueAccess column, TypeName type) {
    TypeName boxed = type.box();
    CodeBlock generic = genericType(boxed);
    if (column.kind() == ValueAccess.Kind.MAPPED) {
      return new ValueAccess(
          boxed, ValueAccess.Kind.MAPPED, null, generic, null, column.udtMappers());
    }
    return new ValueAccess(boxed, ValueAccess.Kind.GENERIC, null, generic, null, List.of());
  }

  /** {@code List<V>} for a column of Java type {@code V}. */
  static TypeName listOf(TypeName value) {
    return ParameterizedTypeName.get(ClassName.get(List.class), value.box());
  }

  /** {@code Set<K>} for keys of Java type {@code K}. */
  static TypeName setOf(TypeName key) {
    return ParameterizedTypeName.get(ClassName.get(Set.class), key.box());
  }

  /** An expression of the driver's {@code GenericType} for a (boxed) Java type. */
  static CodeBlock genericType(TypeName type) {
    if (type instanceof ParameterizedTypeName generic) {
      ClassName raw = generic.rawType();
      List<TypeName> arguments = generic.typeArguments();
      if (raw.equals(ClassName.get(Map.class)) && arguments.size() == 2) {
        boolean classes =
            arguments.get(0) instanceof ClassName && arguments.get(1) instanceof ClassName;
        return CodeBlock.of(
            "$T.mapOf($L, $L)",
            ValueCodes.GENERIC_TYPE,
            classes ? classLiteral(arguments.get(0)) : genericType(arguments.get(0)),
            classes ? classLiteral(arguments.get(1)) : genericType(arguments.get(1)));
      }
      if (isTypedTuple(raw, arguments.size())) {
        boolean classes = arguments.stream().allMatch(ClassName.class::isInstance);
        List<CodeBlock> parts =
            arguments.stream().map(a -> classes ? classLiteral(a) : genericType(a)).toList();
        return CodeBlock.of(
            "$T.tuple$LOf($L)",
            ValueCodes.GENERIC_TYPE,
            arguments.size(),
            CodeBlock.join(parts, ",$W"));
      }
      String factory = factory(raw);
      if (factory != null && arguments.size() == 1) {
        return CodeBlock.of(
            "$T.$L($L)", ValueCodes.GENERIC_TYPE, factory, argument(arguments.get(0)));
      }
      return CodeBlock.of("$T.of($T.class)", ValueCodes.GENERIC_TYPE, raw);
    }
    if (type instanceof ClassName || type instanceof ArrayTypeName) {
      return CodeBlock.of("$T.of($T.class)", ValueCodes.GENERIC_TYPE, type);
    }
    return CodeBlock.of("$T.of($T.class)", ValueCodes.GENERIC_TYPE, Object.class);
  }

  private static boolean isTypedTuple(ClassName raw, int arguments) {
    return raw.equals(ClassName.get("io.sibyl.driver.type", "Tuple" + arguments))
        && (arguments == 2 || arguments == 3);
  }

  private static String factory(ClassName raw) {
    if (raw.equals(ClassName.get(List.class))) {
      return "listOf";
    }
    if (raw.equals(ClassName.get(Set.class))) {
      return "setOf";
    }
    if (raw.equals(ClassName.get(Optional.class))) {
      return "optionalOf";
    }
    return raw.equals(CQL_VECTOR) ? "vectorOf" : null;
  }

  private static CodeBlock argument(TypeName type) {
    return type instanceof ClassName ? classLiteral(type) : genericType(type);
  }

  private static CodeBlock classLiteral(TypeName type) {
    return CodeBlock.of("$T.class", type);
  }
}
