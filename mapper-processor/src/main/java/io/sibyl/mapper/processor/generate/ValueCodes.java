package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.processor.model.ValueAccess;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The Java code that binds and reads one value, by index (statements, rows) or by name (UDT
 * values), for each {@link ValueAccess} path. Shared by the table, UDT and repository generators.
 */
public final class ValueCodes {

  /** The driver type generated code describes Java types with. */
  public static final ClassName GENERIC_TYPE = ClassName.get("io.sibyl.driver.type", "GenericType");

  public static final ClassName MAPPED_CODECS =
      ClassName.get("io.sibyl.mapper.generated", "MappedCodecs");

  private ValueCodes() {}

  /** The name of the constant that holds a value's GenericType ({@code TAGS_TYPE}). */
  public static String typeConstant(String name) {
    return upperSnake(name) + "_TYPE";
  }

  /** The name of the constant that holds a value's codec ({@code PRICE_CODEC}). */
  public static String codecConstant(String name) {
    return upperSnake(name) + "_CODEC";
  }

  /** The constants a value needs (none, a GenericType, or a codec instance). */
  public static List<FieldSpec> constants(String name, ValueAccess access) {
    List<FieldSpec> fields = new ArrayList<>();
    switch (access.kind()) {
      case GENERIC, MAPPED -> {
        if (access.kind() == ValueAccess.Kind.MAPPED || !isBuiltInConstant(access)) {
          TypeName type = ParameterizedTypeName.get(GENERIC_TYPE, access.javaType().box());
          fields.add(
              FieldSpec.builder(
                      type, typeConstant(name), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                  .initializer("$Z$L", access.genericType())
                  .build());
        }
      }
      case CODEC ->
          fields.add(
              FieldSpec.builder(
                      access.codecClass(),
                      codecConstant(name),
                      Modifier.PRIVATE,
                      Modifier.STATIC,
                      Modifier.FINAL)
                  .initializer("new $T()", access.codecClass())
                  .build());
      case DIRECT -> {}
    }
    return fields;
  }

  /**
   * Statements binding {@code value} at index {@code i} of {@code bs}; a null is bound as null when
   * {@code setNulls} (an expression) is true, else left unset.
   */
  public static CodeBlock bind(
      String name, ValueAccess access, String bs, String i, String value, String setNulls) {
    CodeBlock set = setByIndex(name, access, bs, i, value);
    if (access.isPrimitive()) {
      return CodeBlock.of("$L;\n", set);
    }
    if (setNulls.equals("false")) {
      return CodeBlock.builder()
          .beginControlFlow("if ($L != null)", value)
          .addStatement("$L", set)
          .endControlFlow()
          .build();
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L != null)", value)
        .addStatement("$L", set)
        .nextControlFlow("else if ($L)", setNulls)
        .addStatement("$L.setToNull($L)", bs, i)
        .endControlFlow()
        .build();
  }

  private static CodeBlock setByIndex(
      String name, ValueAccess access, String bs, String i, String value) {
    return switch (access.kind()) {
      case DIRECT -> CodeBlock.of("$L.set$L($L, $L)", bs, access.accessor(), i, value);
      case GENERIC -> CodeBlock.of("$L.set($L, $L, $L)", bs, i, value, typeRef(name, access));
      case CODEC -> CodeBlock.of("$L.set($L, $L, $L)", bs, i, value, codecConstant(name));
      case MAPPED ->
          CodeBlock.of(
              "$L.set($L,$W$L,$W$T.forVariable($L,$W$L,$W$L$L))",
              bs,
              i,
              value,
              MAPPED_CODECS,
              bs,
              i,
              typeConstant(name),
              mapperArguments(access));
    };
  }

  /** An expression reading index {@code i} (an expression) of {@code row}. */
  public static CodeBlock read(String name, ValueAccess access, String row, CodeBlock i) {
    TypeName type = access.javaType();
    return switch (access.kind()) {
      case DIRECT ->
          type.isPrimitive() || !type.isBoxedPrimitive()
              ? CodeBlock.of("$L.get$L($L)", row, access.accessor(), i)
              : CodeBlock.of(
                  "$L.isNull($L) ? null : $L.get$L($L)", row, i, row, access.accessor(), i);
      case GENERIC ->
          type.isPrimitive()
              ? CodeBlock.of(
                  "$L.isNull($L) ? $L : $L.get($L, $L)",
                  row,
                  i,
                  defaultValue(type),
                  row,
                  i,
                  typeRef(name, access))
              : CodeBlock.of("$L.get($L, $L)", row, i, typeRef(name, access));
      case CODEC -> CodeBlock.of("$L.get($L, $L)", row, i, codecConstant(name));
      case MAPPED ->
          CodeBlock.of(
              "$L.get($L,$W$T.forColumn($L,$W$L,$W$L$L))",
              row,
              i,
              MAPPED_CODECS,
              row,
              i,
              typeConstant(name),
              mapperArguments(access));
    };
  }

  /** A statement setting field {@code field} (CQL form) of UDT value {@code target}. */
  public static CodeBlock setByName(
      String name, ValueAccess access, String target, String field, CodeBlock value) {
    return switch (access.kind()) {
      case DIRECT ->
          access.javaType().isBoxedPrimitive()
              ? CodeBlock.of("$L.set($S, $L, $T.class);\n", target, field, value, access.javaType())
              : CodeBlock.of("$L.set$L($S, $L);\n", target, access.accessor(), field, value);
      case GENERIC, MAPPED ->
          CodeBlock.of("$L.set($S, $L, $L);\n", target, field, value, typeRef(name, access));
      case CODEC ->
          CodeBlock.of("$L.set($S, $L, $L);\n", target, field, value, codecConstant(name));
    };
  }

  /** An expression reading field {@code field} (CQL form) of UDT value {@code source}. */
  public static CodeBlock getByName(String name, ValueAccess access, String source, String field) {
    CodeBlock literal = CodeBlock.of("$S", field);
    TypeName type = access.javaType();
    return switch (access.kind()) {
      case DIRECT ->
          type.isPrimitive() || !type.isBoxedPrimitive()
              ? CodeBlock.of("$L.get$L($L)", source, access.accessor(), literal)
              : CodeBlock.of(
                  "$L.isNull($L) ? null : $L.get$L($L)",
                  source,
                  literal,
                  source,
                  access.accessor(),
                  literal);
      case GENERIC, MAPPED ->
          type.isPrimitive()
              ? CodeBlock.of(
                  "$L.isNull($L) ? $L : $L.get($L, $L)",
                  source,
                  literal,
                  defaultValue(type),
                  source,
                  literal,
                  typeRef(name, access))
              : CodeBlock.of("$L.get($L, $L)", source, literal, typeRef(name, access));
      case CODEC -> CodeBlock.of("$L.get($L, $L)", source, literal, codecConstant(name));
    };
  }

  /** The default value of a type: null, or the primitive's zero. */
  public static CodeBlock defaultValue(TypeName type) {
    if (!type.isPrimitive()) {
      return CodeBlock.of("null");
    }
    if (type.equals(TypeName.BOOLEAN)) {
      return CodeBlock.of("false");
    }
    if (type.equals(TypeName.LONG)) {
      return CodeBlock.of("0L");
    }
    if (type.equals(TypeName.FLOAT)) {
      return CodeBlock.of("0f");
    }
    if (type.equals(TypeName.DOUBLE)) {
      return CodeBlock.of("0d");
    }
    if (type.equals(TypeName.INT)) {
      return CodeBlock.of("0");
    }
    return CodeBlock.of("($T) 0", type);
  }

  /** The reference to a value's GenericType: a driver constant, or the generated one. */
  private static CodeBlock typeRef(String name, ValueAccess access) {
    return access.kind() == ValueAccess.Kind.GENERIC && isBuiltInConstant(access)
        ? access.genericType()
        : CodeBlock.of("$L", typeConstant(name));
  }

  private static boolean isBuiltInConstant(ValueAccess access) {
    String code = access.genericType().toString();
    return code.startsWith(GENERIC_TYPE.canonicalName() + ".") && !code.contains("(");
  }

  private static CodeBlock mapperArguments(ValueAccess access) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (ClassName mapper : access.udtMappers()) {
      arguments.add(",$W$T.INSTANCE", mapper);
    }
    return arguments.build();
  }

  /** {@code customerId} to {@code CUSTOMER_ID}, for constant names. */
  public static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }
}
