package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.ValueAccess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code Codecs} class nested in a metamodel: {@code bind<Prop>} and {@code read<Prop>}
 * for each column's value, with the same code as the table class, and binders of the parts of a
 * value that the query DSL binds on their own, each with the part's own codec: {@code
 * bind<Prop>Element} (a list's or set's element), {@code bind<Prop>Key}, {@code bind<Prop>Value}
 * and {@code bind<Prop>Keys} (a map's key, value and set of keys), {@code bind<Prop>List} (the list
 * of values of a key column's {@code IN}).
 */
final class MetamodelCodecs {

  private static final ClassName CODEC_REGISTRY =
      ClassName.get("io.sibyl.driver.type.codec", "CodecRegistry");

  /** What the DSL does with a column, which gives its metamodel class and its part binders. */
  enum Shape {
    /** A partition key or clustering column: {@code IN} binds a list of its values. */
    KEY,
    /** A list column: elements are bound on their own. */
    LIST,
    /** A set column: elements are bound on their own. */
    SET,
    /** A map column: keys, values and sets of keys are bound on their own. */
    MAP,
    /** A counter column. */
    COUNTER,
    /** Any other column: only whole values are bound. */
    PLAIN
  }

  private record Part(String suffix, ValueAccess access) {}

  private MetamodelCodecs() {}

  /** The shape of a column. */
  static Shape shape(ColumnModel column) {
    TypeName value = column.value().javaType().box();
    if (column.role() == ColumnRole.PARTITION_KEY
        || column.role() == ColumnRole.CLUSTERING_COLUMN) {
      return Shape.KEY;
    }
    if (column.isCounter() && value.equals(TypeName.LONG.box())) {
      return Shape.COUNTER;
    }
    if (column.cqlType() != null
        && column.cqlType().isCollection()
        && value instanceof ParameterizedTypeName generic) {
      ClassName raw = generic.rawType();
      if (raw.equals(ClassName.get(List.class))) {
        return Shape.LIST;
      }
      if (raw.equals(ClassName.get(Set.class))) {
        return Shape.SET;
      }
      if (raw.equals(ClassName.get(Map.class))) {
        return Shape.MAP;
      }
    }
    return Shape.PLAIN;
  }

  /**
   * The arguments that follow the {@code ColumnSpec} in the column's constructor: references to its
   * part binders ({@code , Codecs::bindTagsElement}), or nothing.
   */
  static CodeBlock partBinderArguments(ColumnModel column, ClassName codecs) {
    CodeBlock.Builder arguments = CodeBlock.builder();
    for (Part part : parts(column)) {
      arguments.add(",$W$T::bind$L$L", codecs, column.capitalized(), part.suffix());
    }
    return arguments.build();
  }

  /** The {@code Codecs} class of a table's metamodel. */
  static TypeSpec generate(TableModel table) {
    TypeSpec.Builder codecs =
        TypeSpec.classBuilder("Codecs")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    for (ColumnModel column : table.columns()) {
      ValueCodes.constants(column.property(), column.value()).forEach(codecs::addField);
    }
    for (ColumnModel column : table.columns()) {
      for (Part part : parts(column)) {
        partConstants(column, part).forEach(codecs::addField);
      }
    }
    codecs.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ColumnModel column : table.columns()) {
      TypeName value = column.value().javaType().box();
      codecs.addMethod(
          binder(
              column.capitalized(),
              value,
              ValueCodes.bind(column.property(), column.value(), "bs", "i", "value", "false")));
      codecs.addMethod(
          MethodSpec.methodBuilder("read" + column.capitalized())
              .addModifiers(Modifier.STATIC)
              .returns(value)
              .addParameter(TableGenerator.ROW, "row")
              .addParameter(TypeName.INT, "i")
              .addStatement(
                  "return $L",
                  ValueCodes.read(column.property(), column.value(), "row", CodeBlock.of("i")))
              .build());
      for (Part part : parts(column)) {
        codecs.addMethod(
            binder(
                column.capitalized() + part.suffix(),
                part.access().javaType(),
                partBind(column, part)));
      }
    }
    return codecs.build();
  }

  private static List<Part> parts(ColumnModel column) {
    ValueAccess access = column.value();
    List<Part> parts = new ArrayList<>();
    switch (shape(column)) {
      case KEY ->
          parts.add(new Part("List", listAccess(access, PartAccess.listOf(access.javaType()))));
      case LIST, SET -> parts.add(new Part("Element", PartAccess.of(access, argument(access, 0))));
      case MAP -> {
        parts.add(new Part("Key", PartAccess.of(access, argument(access, 0))));
        parts.add(new Part("Value", PartAccess.of(access, argument(access, 1))));
        parts.add(new Part("Keys", PartAccess.of(access, PartAccess.setOf(argument(access, 0)))));
      }
      case COUNTER, PLAIN -> {}
    }
    return parts;
  }

  /**
   * The access of a key column's {@code IN} list. A column with a user codec keeps the codec for
   * each value: the list is bound through a registry that holds it.
   */
  private static ValueAccess listAccess(ValueAccess column, TypeName list) {
    if (column.kind() == ValueAccess.Kind.CODEC) {
      return new ValueAccess(
          list, ValueAccess.Kind.CODEC, null, PartAccess.genericType(list), null, List.of());
    }
    return PartAccess.of(column, list);
  }

  private static TypeName argument(ValueAccess access, int index) {
    return ((ParameterizedTypeName) access.javaType().box()).typeArguments().get(index);
  }

  private static String partName(ColumnModel column, Part part) {
    return column.property() + part.suffix();
  }

  private static List<FieldSpec> partConstants(ColumnModel column, Part part) {
    String name = partName(column, part);
    if (part.access().kind() != ValueAccess.Kind.CODEC) {
      return ValueCodes.constants(name, part.access());
    }
    TypeName type = ParameterizedTypeName.get(ValueCodes.GENERIC_TYPE, part.access().javaType());
    return List.of(
        FieldSpec.builder(
                type,
                ValueCodes.typeConstant(name),
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(part.access().genericType())
            .build(),
        FieldSpec.builder(
                CODEC_REGISTRY,
                registryConstant(name),
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer(
                "$T.DEFAULT.withCodecs($L)",
                CODEC_REGISTRY,
                ValueCodes.codecConstant(column.property()))
            .build());
  }

  private static CodeBlock partBind(ColumnModel column, Part part) {
    String name = partName(column, part);
    if (part.access().kind() != ValueAccess.Kind.CODEC) {
      return ValueCodes.bind(name, part.access(), "bs", "i", "value", "false");
    }
    return CodeBlock.builder()
        .beginControlFlow("if (value != null)")
        .addStatement(
            "bs.set(i,$Wvalue,$W$L.codecFor(bs.preparedStatement().variableDefinitions().type(i),"
                + "$W$L))",
            registryConstant(name),
            ValueCodes.typeConstant(name))
        .endControlFlow()
        .build();
  }

  private static String registryConstant(String name) {
    return ValueCodes.upperSnake(name) + "_REGISTRY";
  }

  private static MethodSpec binder(String suffix, TypeName value, CodeBlock body) {
    return MethodSpec.methodBuilder("bind" + suffix)
        .addModifiers(Modifier.STATIC)
        .addParameter(TableGenerator.BOUND_STATEMENT, "bs")
        .addParameter(TypeName.INT, "i")
        .addParameter(value, "value")
        .addCode(body)
        .build();
  }
}
