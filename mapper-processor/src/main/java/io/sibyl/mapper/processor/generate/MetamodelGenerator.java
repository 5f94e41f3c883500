package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.ColumnRole;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code User_}, the metamodel of the query DSL: one typed constant per column ({@code
 * User_.NAME}), the table's {@code TableMetamodel}, and {@code table(mapper)}, the entry point.
 * Values, and the parts of values the DSL binds on their own (collection elements, map keys, {@code
 * IN} lists), are bound and read by a nested {@code Codecs} class ({@link MetamodelCodecs}), with
 * the same code as {@code UserTable}. Also writes {@code UserTable__Metamodel}, the service that
 * finds it by entity class.
 *
 * <p>The metamodels of a polymorphic table ({@code Vehicle_}, {@code Car_}) have a private
 * discriminator column; a subtype's selects start from its discriminator value.
 */
public final class MetamodelGenerator {

  private static final String METAMODEL_PACKAGE = "io.sibyl.mapper.metamodel";
  private static final ClassName COLUMN_SPEC = ClassName.get(METAMODEL_PACKAGE, "ColumnSpec");
  private static final ClassName COLUMN = ClassName.get(METAMODEL_PACKAGE, "ColumnRef");
  private static final ClassName TABLE_METAMODEL =
      ClassName.get(METAMODEL_PACKAGE, "TableMetamodel");
  private static final ClassName QUERY_TABLE = ClassName.get("io.sibyl.mapper.query", "QueryTable");
  private static final ClassName MAPPER = ClassName.get("io.sibyl.mapper", "Mapper");
  private static final ClassName METAMODEL_PROVIDER =
      ClassName.get(METAMODEL_PACKAGE, "MetamodelProvider");
  private static final String DISCRIMINATOR = "DISCRIMINATOR_";
  private static final ClassName INDEX_TYPE =
      ClassName.get("io.sibyl.mapper.annotations", "IndexType");
  private static final ClassName INDEX_TARGET =
      ClassName.get("io.sibyl.mapper.annotations", "IndexTarget");

  private MetamodelGenerator() {}

  /** The generated type. */
  public static TypeSpec.Builder generate(TableModel table) {
    ClassName self = metamodelName(table.entity());
    ClassName descriptor = GeneratedNames.table(table.entity());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    for (ColumnModel column : table.columns()) {
      type.addField(columnField(table, descriptor, self.nestedClass("Codecs"), column));
    }
    List<CodeBlock> names = new ArrayList<>();
    table
        .columns()
        .forEach(c -> names.add(CodeBlock.of("$L", ValueCodes.upperSnake(c.property()))));
    if (table.isPolymorphic()) {
      type.addField(discriminatorField(table, descriptor));
      names.add(CodeBlock.of("$L", DISCRIMINATOR));
    }
    CodeBlock columns = CodeBlock.join(names, ",$W");
    ParameterizedTypeName modelType = ParameterizedTypeName.get(TABLE_METAMODEL, table.entity());
    CodeBlock fixed =
        table.isPolymorphic() && !table.discriminator().isBase()
            ? CodeBlock.of(
                table.discriminator().isInt() ? ",$W$T.of($L.eq($L))" : ",$W$T.of($L.eq($S))",
                List.class,
                DISCRIMINATOR,
                table.discriminator().value())
            : table.isPolymorphic()
                ? CodeBlock.of("")
                : CodeBlock.of(",$W$T::$L", self, PropertyReaderGenerator.METHOD);
    type.addField(
        FieldSpec.builder(modelType, "METAMODEL_", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The table's metamodel, shared by every mapper.\n")
            .initializer(
                "$Znew $T($T.INSTANCE,$W$T.KEYSPACE,$W$T.TABLE,$W$T.<$T>of($L),$W$T::bind$L)$L",
                modelType,
                descriptor,
                descriptor,
                descriptor,
                List.class,
                ParameterizedTypeName.get(
                    COLUMN, table.entity(), WildcardTypeName.subtypeOf(Object.class)),
                columns,
                descriptor,
                fixed,
                table.isPolymorphic()
                    ? CodeBlock.of("$Z.withDiscriminator($L)", DISCRIMINATOR)
                    : CodeBlock.of(""))
            .build());
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    if (!table.isPolymorphic()) {
      type.addMethod(PropertyReaderGenerator.generate(table));
    }
    type.addMethod(
        MethodSpec.methodBuilder("table")
            .addJavadoc(
                "The query DSL of this table on {@code mapper}: entity operations and the select,"
                    + " update and delete builders.\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(QUERY_TABLE, table.entity()))
            .addParameter(MAPPER, "mapper")
            .addStatement("return $T.of(mapper, METAMODEL_)", QUERY_TABLE)
            .build());
    type.addType(MetamodelCodecs.generate(table));
    return type;
  }

  /**
   * {@code UserTable__Metamodel}: the {@code MetamodelProvider} service through which {@code
   * mapper.table(User.class)} finds {@code User_.METAMODEL_}.
   */
  public static TypeSpec.Builder provider(TableModel table) {
    ClassName self = GeneratedNames.metamodelProvider(GeneratedNames.table(table.entity()));
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(METAMODEL_PROVIDER, table.entity()))
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("For the service loader.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("entityType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), table.entity()))
                .addStatement("return $T.class", table.entity())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("metamodel")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(TABLE_METAMODEL, table.entity()))
                .addStatement("return $T.METAMODEL_", metamodelName(table.entity()))
                .build());
  }

  /**
   * The discriminator column of a polymorphic table: private, because the DSL restricts and writes
   * it by itself (a subtype's selects add {@code kind = 'car'}, its inserts write it).
   */
  private static FieldSpec discriminatorField(TableModel table, ClassName descriptor) {
    boolean isInt = table.discriminator().isInt();
    TypeName value = ClassName.get(isInt ? Integer.class : String.class);
    TypeName columnType = of("RegularRef", table.entity(), value);
    return FieldSpec.builder(
            columnType, DISCRIMINATOR, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc(
            "Discriminator column $L (regular, storage-attached index).\n",
            table.discriminator().cql())
        .initializer(
            "$Znew $T(new $T($T.INSTANCE,$W$L,$W$T.STORAGE_ATTACHED,$W$T.VALUES,$W$T::set"
                + (isInt ? "Int" : "String")
                + ",$W$T::get"
                + (isInt ? "Int" : "String")
                + "))",
            columnType,
            ParameterizedTypeName.get(COLUMN_SPEC, table.entity(), value),
            descriptor,
            table.discriminatorIndex(),
            INDEX_TYPE,
            INDEX_TARGET,
            TableGenerator.BOUND_STATEMENT,
            TableGenerator.ROW)
        .build();
  }

  /** {@code User_} for {@code User}. */
  public static ClassName metamodelName(ClassName entity) {
    return ClassName.get(entity.packageName(), String.join("_", entity.simpleNames()) + "_");
  }

  private static FieldSpec columnField(
      TableModel table, ClassName descriptor, ClassName codecs, ColumnModel column) {
    TypeName value = column.value().javaType().box();
    TypeName columnType = columnType(table.entity(), column, value);
    CodeBlock index =
        column.index() == null
            ? CodeBlock.of("null,$Wnull")
            : CodeBlock.of(
                "$T.$L,$W$L",
                INDEX_TYPE,
                column.index().type().name(),
                column.index().target() == null
                    ? CodeBlock.of("null")
                    : CodeBlock.of("$T.$L", INDEX_TARGET, column.index().target().name()));
    return FieldSpec.builder(
            columnType,
            ValueCodes.upperSnake(column.property()),
            Modifier.PUBLIC,
            Modifier.STATIC,
            Modifier.FINAL)
        .addJavadoc(
            "Column $L ($L).\n",
            column.cql(),
            column.role().name().toLowerCase(Locale.ROOT).replace('_', ' '))
        .initializer(
            "$Znew $T(new $T($T.INSTANCE,$W$L,$W$L,$W$T::bind$L,$W$T::read$L)$L)",
            columnType,
            ParameterizedTypeName.get(COLUMN_SPEC, table.entity(), value),
            descriptor,
            table.indexOf(column),
            index,
            codecs,
            column.capitalized(),
            codecs,
            column.capitalized(),
            MetamodelCodecs.partBinderArguments(column, codecs))
        .build();
  }

  private static TypeName columnType(ClassName entity, ColumnModel column, TypeName value) {
    List<TypeName> arguments =
        value instanceof ParameterizedTypeName generic ? generic.typeArguments() : List.of();
    return switch (MetamodelCodecs.shape(column)) {
      case KEY ->
          of(
              column.role() == ColumnRole.PARTITION_KEY ? "PartitionKeyRef" : "ClusteringRef",
              entity,
              value);
      case COUNTER -> of("CounterRef", entity);
      case LIST -> of("ListRef", entity, arguments.get(0));
      case SET -> of("SetRef", entity, arguments.get(0));
      case MAP -> of("MapRef", entity, arguments.get(0), arguments.get(1));
      case PLAIN ->
          of(column.role() == ColumnRole.STATIC ? "StaticRef" : "RegularRef", entity, value);
    };
  }

  private static TypeName of(String simpleName, TypeName... arguments) {
    return ParameterizedTypeName.get(ClassName.get(METAMODEL_PACKAGE, simpleName), arguments);
  }
}
