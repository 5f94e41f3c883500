package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.Construction;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserTable}: the table's columns, key layout and DDL ({@code TableDescriptor}), the
 * row codec that reads entities by index, and one binder per column.
 */
public final class TableGenerator {

  // Driver and runtime types that generated code names.
  /** {@code io.sibyl.driver.Row}. */
  public static final ClassName ROW = ClassName.get("io.sibyl.driver", "Row");

  public static final ClassName BOUND_STATEMENT =
      ClassName.get("io.sibyl.driver", "BoundStatement");
  public static final String GENERATED_PACKAGE = "io.sibyl.mapper.generated";
  public static final ClassName TABLE_DESCRIPTOR =
      ClassName.get(GENERATED_PACKAGE, "TableDescriptor");
  public static final ClassName COLUMN_DESCRIPTOR =
      ClassName.get(GENERATED_PACKAGE, "ColumnDescriptor");
  private static final ClassName CLUSTERING_ORDER =
      ClassName.get(GENERATED_PACKAGE, "ClusteringOrder");
  public static final ClassName UDT_MAPPER = ClassName.get(GENERATED_PACKAGE, "UdtMapper");
  public static final ClassName CQL_NAMES = ClassName.get(GENERATED_PACKAGE, "CqlNames");
  private static final ClassName LIST = ClassName.get(List.class);

  private TableGenerator() {}

  /** The generated type. */
  public static TypeSpec.Builder generate(TableModel table) {
    ClassName self = GeneratedNames.table(table.entity());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(TABLE_DESCRIPTOR, table.entity()));
    type.addField(
        FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The one instance.\n")
            .initializer("new $T()", self)
            .build());
    type.addField(
        FieldSpec.builder(String.class, "TABLE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The table name as written in CQL.\n")
            .initializer("$S", table.cql())
            .build());
    type.addField(
        FieldSpec.builder(
                String.class, "KEYSPACE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(KEYSPACE_JAVADOC + "\n")
            .initializer(keyspaceInitializer(table))
            .build());
    type.addField(
        FieldSpec.builder(int[].class, "ALL", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Every column at its own index: the layout of the generated selects.\n")
            .initializer("$L", intArray(table.descriptorSize()))
            .build());
    if (table.isPolymorphic()) {
      boolean isInt = table.discriminator().isInt();
      type.addField(
          FieldSpec.builder(
                  isInt ? TypeName.INT : TypeName.get(String.class),
                  "DISCRIMINATOR_VALUE",
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The value of discriminator column $L in the rows of this subtype.\n",
                  table.discriminator().cql())
              .initializer(isInt ? "$L" : "$S", table.discriminator().value())
              .build());
    }
    for (ColumnModel column : table.columns()) {
      ValueCodes.constants(column.property(), column.value()).forEach(type::addField);
    }
    type.addField(columnsField(table));
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    DescriptorMethods.addTo(type, table);
    type.addMethod(readAll(table));
    type.addMethod(read(table));
    type.addMethod(bindAll(table));
    for (ColumnModel column : table.columns()) {
      type.addMethod(bindColumn(table, column));
    }
    return type;
  }

  /** The Javadoc of the {@code KEYSPACE} constant. */
  static final String KEYSPACE_JAVADOC =
      "The keyspace named by the entity, as written in CQL, or null when it names none.";

  /**
   * The value of {@code KEYSPACE}. "No keyspace" is spelled one way in generated code, as null: the
   * form {@code TableDescriptor.keyspace()} returns and {@code TableMetamodel} takes.
   */
  static CodeBlock keyspaceInitializer(TableModel table) {
    return table.keyspace() == null || table.keyspace().isEmpty()
        ? CodeBlock.of("null")
        : CodeBlock.of("$S", table.keyspace());
  }

  /**
   * {@code COLUMNS}: the descriptors of the columns, then of the discriminator if any, each made by
   * the {@code ColumnDescriptor} factory named after the column's role.
   */
  static FieldSpec columnsField(TableModel table) {
    List<CodeBlock> descriptors = new ArrayList<>();
    for (ColumnModel c : table.columns()) {
      descriptors.add(descriptor(c));
    }
    if (table.discriminator() != null) {
      // The discriminator maps no property: its column name stands in for one.
      descriptors.add(
          CodeBlock.of(
              "$T.regular($S,$W$S,$W$S)",
              COLUMN_DESCRIPTOR,
              table.discriminator().name(),
              table.discriminator().name(),
              table.discriminator().cqlType()));
    }
    CodeBlock list =
        CodeBlock.builder()
            .add("$T.of(\n", List.class)
            .indent()
            .add(CodeBlock.join(descriptors, ",\n"))
            .add("\n")
            .unindent()
            .add(")")
            .build();
    return FieldSpec.builder(
            ParameterizedTypeName.get(LIST, COLUMN_DESCRIPTOR),
            "COLUMNS",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer(list)
        .build();
  }

  private static CodeBlock descriptor(ColumnModel c) {
    CodeBlock type = cqlTypeExpression(c);
    return switch (c.role()) {
      case PARTITION_KEY ->
          CodeBlock.of(
              "$T.partitionKey($S,$W$S,$W$L,$W$L)",
              COLUMN_DESCRIPTOR,
              c.name(),
              c.property(),
              type,
              c.position());
      case CLUSTERING_COLUMN ->
          CodeBlock.of(
              "$T.clustering($S,$W$S,$W$L,$W$L,$W$T.$L)",
              COLUMN_DESCRIPTOR,
              c.name(),
              c.property(),
              type,
              c.position(),
              CLUSTERING_ORDER,
              c.descending() ? "DESC" : "ASC");
      case STATIC ->
          CodeBlock.of(
              "$T.staticColumn($S,$W$S,$W$L)", COLUMN_DESCRIPTOR, c.name(), c.property(), type);
      case REGULAR ->
          CodeBlock.of("$T.regular($S,$W$S,$W$L)", COLUMN_DESCRIPTOR, c.name(), c.property(), type);
    };
  }

  static CodeBlock cqlTypeExpression(ColumnModel column) {
    return column.cqlType() != null
        ? CodeBlock.of("$S", column.cqlTypeText())
        : CodeBlock.of("$L.cqlType().asCql()", ValueCodes.codecConstant(column.property()));
  }

  private static MethodSpec readAll(TableModel table) {
    return MethodSpec.methodBuilder("read")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(table.entity())
        .addParameter(ROW, "row")
        .addStatement("return read(row, ALL)")
        .build();
  }

  private static MethodSpec read(TableModel table) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("read")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(table.entity())
            .addParameter(ROW, "row")
            .addParameter(int[].class, "at");
    List<ColumnModel> columns = table.columns();
    NameAllocator names = new NameAllocator();
    names.newName("row");
    names.newName("at");
    if (table.construction() == Construction.CONSTRUCTOR) {
      ColumnModel[] byDeclaration = new ColumnModel[columns.size()];
      for (int k = 0; k < columns.size(); k++) {
        ColumnModel c = columns.get(k);
        byDeclaration[c.declarationIndex()] = c;
        CodeBlock index = CodeBlock.of("at[$L]", k);
        method.addStatement(
            "$T $L = at[$L] < 0$W? $L$W: $L",
            c.value().javaType(),
            names.newName(c.property(), c),
            k,
            ValueCodes.defaultValue(c.value().javaType()),
            ValueCodes.read(c.property(), c.value(), "row", index));
      }
      CodeBlock arguments =
          CodeBlock.join(
              Arrays.stream(byDeclaration).map(c -> CodeBlock.of("$L", names.get(c))).toList(),
              ",$W");
      method.addStatement("return new $T($L)", table.entity(), arguments);
    } else {
      method.addStatement("$T entity = new $T()", table.entity(), table.entity());
      for (int k = 0; k < columns.size(); k++) {
        ColumnModel c = columns.get(k);
        CodeBlock value =
            ValueCodes.read(c.property(), c.value(), "row", CodeBlock.of("at[$L]", k));
        method.beginControlFlow("if (at[$L] >= 0)", k);
        if (c.writer().viaMethod()) {
          method.addStatement("entity.$L($L)", c.writer().name(), value);
        } else {
          method.addStatement("entity.$L = $L", c.writer().name(), value);
        }
        method.endControlFlow();
      }
      method.addStatement("return entity");
    }
    return method.build();
  }

  private static MethodSpec bindAll(TableModel table) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("bind")
            .addJavadoc(
                table.isPolymorphic()
                    ? "Binds each column of {@code entity}, and the discriminator value, at its\n"
                        + "index in {@code at}, skipping negative ones.\n"
                    : "Binds each column of {@code entity} at its index in {@code at}, skipping"
                        + " negative ones.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .addParameter(BOUND_STATEMENT, "bs")
            .addParameter(table.entity(), "entity")
            .addParameter(int[].class, "at")
            .addParameter(TypeName.BOOLEAN, "setNulls");
    for (int k = 0; k < table.columns().size(); k++) {
      ColumnModel c = table.columns().get(k);
      method
          .beginControlFlow("if (at[$L] >= 0)", k)
          .addStatement(
              "bind$L(bs, at[$L], $L, setNulls)", c.capitalized(), k, readProperty(c, "entity"))
          .endControlFlow();
    }
    if (table.isPolymorphic()) {
      int k = table.discriminatorIndex();
      method
          .beginControlFlow("if (at[$L] >= 0)", k)
          .addStatement(
              "bs.$L(at[$L], DISCRIMINATOR_VALUE)",
              table.discriminator().isInt() ? "setInt" : "setString",
              k)
          .endControlFlow();
    }
    return method.build();
  }

  /** {@code bindX(bs, i, value, setNulls)}: binds a value of one column at index {@code i}. */
  static MethodSpec bindColumn(TableModel table, ColumnModel column) {
    return MethodSpec.methodBuilder("bind" + column.capitalized())
        .addJavadoc("Binds a value of column $L at index {@code i}.\n", column.cql())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(BOUND_STATEMENT, "bs")
        .addParameter(TypeName.INT, "i")
        .addParameter(column.value().javaType(), "value")
        .addParameter(TypeName.BOOLEAN, "setNulls")
        .addCode(ValueCodes.bind(column.property(), column.value(), "bs", "i", "value", "setNulls"))
        .build();
  }

  /** An expression reading a property of an entity variable. */
  public static CodeBlock readProperty(ColumnModel column, String variable) {
    return column.reader().viaMethod()
        ? CodeBlock.of("$L.$L()", variable, column.reader().name())
        : CodeBlock.of("$L.$L", variable, column.reader().name());
  }

  static CodeBlock intArray(int size) {
    CodeBlock.Builder array = CodeBlock.builder().add("{");
    for (int i = 0; i < size; i++) {
      array.add(i == 0 ? "$L" : ",$W$L", i);
    }
    return array.add("}").build();
  }

  static TypeName listOfUdtMappers() {
    return ParameterizedTypeName.get(
        LIST, ParameterizedTypeName.get(UDT_MAPPER, WildcardTypeName.subtypeOf(Object.class)));
  }
}
