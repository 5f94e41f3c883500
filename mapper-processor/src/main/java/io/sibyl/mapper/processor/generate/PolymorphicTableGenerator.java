package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.DiscriminatorModel;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code VehicleTable} for the base of a polymorphic table: the shared table's columns (the
 * union of the subtypes' and the discriminator) and DDL, a reader that dispatches each row to its
 * subtype's reader by discriminator value, and a binder that dispatches each entity to its
 * subtype's binder by type. Columns of other subtypes are left unset.
 */
public final class PolymorphicTableGenerator {

  private static final ClassName DISCRIMINATORS =
      ClassName.get(TableGenerator.GENERATED_PACKAGE, "Discriminators");

  private PolymorphicTableGenerator() {}

  /** The generated type. */
  public static TypeSpec.Builder generate(TableModel table) {
    ClassName self = GeneratedNames.table(table.entity());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(
                ParameterizedTypeName.get(TableGenerator.TABLE_DESCRIPTOR, table.entity()));
    type.addField(constant(self, "INSTANCE", "The one instance.", CodeBlock.of("new $T()", self)));
    type.addField(
        constant(String.class, "TABLE", "The table name as written in CQL.", literal(table.cql())));
    type.addField(
        constant(
            String.class,
            "KEYSPACE",
            TableGenerator.KEYSPACE_JAVADOC,
            TableGenerator.keyspaceInitializer(table)));
    type.addField(
        constant(
            int[].class,
            "ALL",
            "Every column at its own index: the layout of the generated selects.",
            TableGenerator.intArray(table.descriptorSize())));
    addSubtypeConstants(type, table);
    for (ColumnModel column : table.columns()) {
      ValueCodes.constants(column.property(), column.value()).forEach(type::addField);
    }
    type.addField(TableGenerator.columnsField(table));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    DescriptorMethods.addTo(type, table);
    type.addMethod(
        MethodSpec.methodBuilder("read")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(table.entity())
            .addParameter(TableGenerator.ROW, "row")
            .addStatement("return read(row, ALL)")
            .build());
    type.addMethod(read(table));
    type.addMethod(bind(table));
    // Repository methods bind restrictions and set values column by column.
    for (ColumnModel column : table.columns()) {
      type.addMethod(TableGenerator.bindColumn(table, column));
    }
    return type;
  }

  /** The discriminator values, and where each subtype's columns are. */
  private static void addSubtypeConstants(TypeSpec.Builder type, TableModel table) {
    List<TableModel> subtypes = table.discriminator().subtypes();
    type.addField(
        constant(
            ParameterizedTypeName.get(List.class, String.class),
            "DISCRIMINATOR_VALUES",
            "The discriminator values of the subtypes, in {@code permits} order.",
            CodeBlock.of(
                "$T.of($L)",
                List.class,
                CodeBlock.join(
                    subtypes.stream().map(s -> literal(s.discriminator().value())).toList(),
                    ", "))));
    for (TableModel subtype : subtypes) {
      type.addField(
          FieldSpec.builder(
                  int[].class,
                  positionsName(subtype),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "Where the columns of {@link $T} are among this table's.\n", subtype.entity())
              .initializer("$L", positions(table, subtype))
              .build());
    }
  }

  private static MethodSpec read(TableModel table) {
    DiscriminatorModel discriminator = table.discriminator();
    int k = table.discriminatorIndex();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("read")
            .addJavadoc(
                "The entity of a row, of the subtype that its $L value names.\n",
                discriminator.cql())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(table.entity())
            .addParameter(TableGenerator.ROW, "row")
            .addParameter(int[].class, "at")
            .addStatement(
                discriminator.isInt()
                    ? "$T value = at[$L] < 0 || row.isNull(at[$L])$W? null"
                        + "$W: $T.toString(row.getInt(at[$L]))"
                    : "$T value = at[$L] < 0 || row.isNull(at[$L])$W? null$W: row.getString(at[$L])",
                discriminator.isInt()
                    ? new Object[] {String.class, k, k, Integer.class, k}
                    : new Object[] {String.class, k, k, k});
    for (TableModel subtype : discriminator.subtypes()) {
      method
          .beginControlFlow("if ($S.equals(value))", subtype.discriminator().value())
          .addStatement(
              "return $T.INSTANCE.read(row, $T.select(at, $L))",
              GeneratedNames.table(subtype.entity()),
              DISCRIMINATORS,
              positionsName(subtype))
          .endControlFlow();
    }
    return method
        .addStatement(
            "throw $T.unknownValue($T.class, TABLE, $S, value, DISCRIMINATOR_VALUES)",
            DISCRIMINATORS,
            table.entity(),
            discriminator.cql())
        .build();
  }

  private static MethodSpec bind(TableModel table) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("bind")
            .addJavadoc(
                "Binds the columns of {@code entity}'s subtype and its discriminator value at\n"
                    + "their indexes in {@code at}, skipping negative ones; the columns of other\n"
                    + "subtypes are left unset.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(TableGenerator.BOUND_STATEMENT, "bs")
            .addParameter(table.entity(), "entity")
            .addParameter(int[].class, "at")
            .addParameter(TypeName.BOOLEAN, "setNulls");
    NameAllocator names = new NameAllocator();
    List.of("bs", "entity", "at", "setNulls").forEach(names::newName);
    boolean first = true;
    for (TableModel subtype : table.discriminator().subtypes()) {
      String variable = names.newName(lowerFirst(subtype.entity().simpleName()), subtype);
      String condition = "entity instanceof $T $L";
      if (first) {
        method.beginControlFlow("if (" + condition + ")", subtype.entity(), variable);
      } else {
        method.nextControlFlow("else if (" + condition + ")", subtype.entity(), variable);
      }
      first = false;
      method.addStatement(
          "$T.bind(bs, $L, $T.select(at, $L), setNulls)",
          GeneratedNames.table(subtype.entity()),
          variable,
          DISCRIMINATORS,
          positionsName(subtype));
    }
    return method
        .nextControlFlow("else")
        .addStatement(
            "throw $T.unmappedSubtype($T.class, entity, TABLE)", DISCRIMINATORS, table.entity())
        .endControlFlow()
        .build();
  }

  /** {@code {0, 1, 4, 6}}: the index in the base's columns of each of the subtype's columns. */
  private static CodeBlock positions(TableModel table, TableModel subtype) {
    CodeBlock.Builder array = CodeBlock.builder().add("{");
    for (int j = 0; j < subtype.columns().size(); j++) {
      ColumnModel column = subtype.columns().get(j);
      int k = 0;
      while (!table.columns().get(k).name().equals(column.name())) {
        k++;
      }
      array.add(j == 0 ? "$L" : ", $L", k);
    }
    return array.add(", $L}", table.discriminatorIndex()).build();
  }

  private static String positionsName(TableModel subtype) {
    return ValueCodes.upperSnake(String.join("", subtype.entity().simpleNames())) + "_COLUMNS";
  }

  private static String lowerFirst(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  private static CodeBlock literal(String value) {
    return CodeBlock.of("$S", value);
  }

  private static FieldSpec constant(
      Class<?> type, String name, String javadoc, CodeBlock initializer) {
    return constant(TypeName.get(type), name, javadoc, initializer);
  }

  private static FieldSpec constant(
      TypeName type, String name, String javadoc, CodeBlock initializer) {
    return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", javadoc)
        .initializer(initializer)
        .build();
  }
}
