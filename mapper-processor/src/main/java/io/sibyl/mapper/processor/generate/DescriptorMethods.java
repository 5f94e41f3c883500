package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The {@code TableDescriptor} methods of a generated table class. A subtype of a polymorphic table
 * takes the DDL and UDTs of the whole table from its base's class.
 */
final class DescriptorMethods {

  private DescriptorMethods() {}

  static void addTo(TypeSpec.Builder type, TableModel table) {
    type.addMethod(
        getter(
            "keyspace",
            TypeName.get(String.class),
            // KEYSPACE is null when the entity names none: the form this method returns.
            CodeBlock.of("KEYSPACE")));
    type.addMethod(getter("name", TypeName.get(String.class), CodeBlock.of("$S", table.name())));
    type.addMethod(
        getter(
            "columns",
            ParameterizedTypeName.get(ClassName.get(List.class), TableGenerator.COLUMN_DESCRIPTOR),
            CodeBlock.of("COLUMNS")));
    type.addMethod(
        getter("isCounterTable", TypeName.BOOLEAN, CodeBlock.of("$L", table.isCounterTable())));
    boolean subtype = table.isPolymorphic() && !table.discriminator().isBase();
    ClassName base = subtype ? GeneratedNames.table(table.discriminator().base()) : null;
    type.addMethod(
        MethodSpec.methodBuilder("createTableCql")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(String.class, "keyspace")
            .addStatement(
                "return $L",
                subtype
                    ? CodeBlock.of("$T.INSTANCE.createTableCql(keyspace)", base)
                    : SchemaGenerator.createTable(table))
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("createIndexesCql")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(List.class, String.class))
            .addParameter(String.class, "keyspace")
            .addStatement(
                "return $L",
                subtype
                    ? CodeBlock.of("$T.INSTANCE.createIndexesCql(keyspace)", base)
                    : SchemaGenerator.createIndexes(table))
            .build());
    CodeBlock udts =
        CodeBlock.join(
            table.udts().stream().map(u -> CodeBlock.of("$T.INSTANCE", u)).toList(), ", ");
    type.addMethod(
        getter(
            "udts",
            TableGenerator.listOfUdtMappers(),
            subtype
                ? CodeBlock.of("$T.INSTANCE.udts()", base)
                : CodeBlock.of("$T.of($L)", List.class, udts)));
  }

  private static MethodSpec getter(String name, TypeName type, CodeBlock value) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(type)
        .addStatement("return $L", value)
        .build();
  }
}
