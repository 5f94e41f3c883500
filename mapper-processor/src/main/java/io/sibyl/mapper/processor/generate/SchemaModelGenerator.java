package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.annotations.IndexType;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.UdtModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserTable__Schema} and {@code AddressUdt__Schema}: the schema model of a table or
 * UDT as a {@code SchemaContributor}, which the runtime's schema sync finds as a service.
 */
public final class SchemaModelGenerator {

  private static final String SCHEMA_PACKAGE = "io.sibyl.mapper.schema";
  private static final ClassName CONTRIBUTOR = ClassName.get(SCHEMA_PACKAGE, "SchemaContributor");
  private static final ClassName TABLE_SCHEMA = ClassName.get(SCHEMA_PACKAGE, "TableSchema");
  private static final ClassName TYPE_SCHEMA = ClassName.get(SCHEMA_PACKAGE, "TypeSchema");
  private static final ClassName INDEX_SCHEMA = ClassName.get(SCHEMA_PACKAGE, "IndexSchema");
  private static final ClassName FIELD_SCHEMA = ClassName.get(SCHEMA_PACKAGE, "FieldSchema");

  private SchemaModelGenerator() {}

  /** The contributor of a table. */
  public static TypeSpec.Builder table(TableModel table) {
    ClassName descriptor = GeneratedNames.table(table.entity());
    List<CodeBlock> options = new ArrayList<>();
    if (table.defaultTtl() > 0) {
      options.add(CodeBlock.of("$S", "default_time_to_live = " + table.defaultTtl()));
    }
    if (!table.compaction().isEmpty()) {
      options.add(CodeBlock.of("$S", "compaction = " + table.compaction()));
    }
    table.options().forEach(o -> options.add(CodeBlock.of("$S", o.trim())));
    List<CodeBlock> indexes = new ArrayList<>();
    for (ColumnModel column : table.columns()) {
      if (column.index() == null) {
        continue;
      }
      boolean collection = column.cqlType() != null && column.cqlType().isCollection();
      indexes.add(
          CodeBlock.of(
              "new $T($S,$W$S,$W$S,$W$T.$L,$W$S)",
              INDEX_SCHEMA,
              column.index().name(),
              column.cql(),
              collection ? column.index().target().name().toLowerCase(Locale.ROOT) : "values",
              IndexType.class,
              column.index().type().name(),
              column.index().options().trim()));
    }
    if (table.discriminator() != null) {
      indexes.add(
          CodeBlock.of(
              "new $T($S,$W$S,$W$S,$W$T.$L,$W$S)",
              INDEX_SCHEMA,
              table.discriminator().indexName(),
              table.discriminator().cql(),
              "values",
              IndexType.class,
              IndexType.STORAGE_ATTACHED.name(),
              ""));
    }
    MethodSpec tables =
        override("tables", TABLE_SCHEMA)
            .addStatement(
                "return $T.of($T.of($T.class, $T.INSTANCE, $S, $L, $L))",
                List.class,
                TABLE_SCHEMA,
                table.entity(),
                descriptor,
                table.cql(),
                list(options),
                list(indexes))
            .build();
    return contributor(GeneratedNames.schemaContributor(descriptor), tables);
  }

  /** The contributor of a UDT. */
  public static TypeSpec.Builder udt(UdtModel udt) {
    ClassName mapper = GeneratedNames.udt(udt.type());
    List<CodeBlock> fields = new ArrayList<>();
    for (ColumnModel field : udt.fields()) {
      CodeBlock type =
          field.cqlType() != null
              ? CodeBlock.of("$S", field.cqlTypeText())
              : CodeBlock.of("new $T().cqlType().asCql()", field.value().codecClass());
      fields.add(
          CodeBlock.of("new $T($S,$W$S,$W$L)", FIELD_SCHEMA, field.name(), field.cql(), type));
    }
    MethodSpec types =
        override("types", TYPE_SCHEMA)
            .addStatement(
                "return $T.of($T.of($T.class, $T.INSTANCE, $S, $L))",
                List.class,
                TYPE_SCHEMA,
                udt.type(),
                mapper,
                udt.cql(),
                list(fields))
            .build();
    return contributor(GeneratedNames.schemaContributor(mapper), types);
  }

  private static TypeSpec.Builder contributor(ClassName self, MethodSpec method) {
    return TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(CONTRIBUTOR)
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("For the service loader.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(method);
  }

  private static MethodSpec.Builder override(String name, ClassName element) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), element));
  }

  private static CodeBlock list(List<CodeBlock> elements) {
    if (elements.isEmpty()) {
      return CodeBlock.of("$T.of()", List.class);
    }
    return CodeBlock.builder()
        .add("$T.of(\n", List.class)
        .indent()
        .indent()
        .add(CodeBlock.join(elements, ",\n"))
        .unindent()
        .unindent()
        .add(")")
        .build();
  }
}
