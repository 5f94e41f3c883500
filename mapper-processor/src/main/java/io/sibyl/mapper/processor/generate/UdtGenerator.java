package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.Construction;
import io.sibyl.mapper.processor.model.UdtModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/** Writes {@code AddressUdt}: the {@code UdtMapper} of a {@code @Udt} type, and its DDL. */
public final class UdtGenerator {

  private static final ClassName UDT_VALUE = ClassName.get("io.sibyl.driver.type", "UdtValue");

  private UdtGenerator() {}

  /** The generated type. */
  public static TypeSpec.Builder generate(UdtModel udt) {
    ClassName self = GeneratedNames.udt(udt.type());
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(ParameterizedTypeName.get(TableGenerator.UDT_MAPPER, udt.type()));
    type.addField(
        FieldSpec.builder(self, "INSTANCE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The one instance.\n")
            .initializer("new $T()", self)
            .build());
    type.addField(
        FieldSpec.builder(
                ParameterizedTypeName.get(ValueCodes.GENERIC_TYPE, udt.type()),
                "JAVA_TYPE",
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$T.of($T.class)", ValueCodes.GENERIC_TYPE, udt.type())
            .build());
    for (ColumnModel field : udt.fields()) {
      ValueCodes.constants(field.property(), field.value()).forEach(type::addField);
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addMethod(
        override("name", ClassName.get(String.class))
            .addStatement("return $S", udt.name())
            .build());
    type.addMethod(
        override("javaType", ParameterizedTypeName.get(ValueCodes.GENERIC_TYPE, udt.type()))
            .addStatement("return JAVA_TYPE")
            .build());
    CodeBlock dependencies =
        CodeBlock.join(
            udt.dependencies().stream().map(d -> CodeBlock.of("$T.INSTANCE", d)).toList(), ", ");
    type.addMethod(
        override("dependencies", TableGenerator.listOfUdtMappers())
            .addStatement("return $T.of($L)", List.class, dependencies)
            .build());
    type.addMethod(
        override("createTypeCql", ClassName.get(String.class))
            .addParameter(String.class, "keyspace")
            .addStatement("return $L", SchemaGenerator.createType(udt))
            .build());
    type.addMethod(toUdtValue(udt));
    type.addMethod(fromUdtValue(udt));
    return type;
  }

  private static MethodSpec toUdtValue(UdtModel udt) {
    MethodSpec.Builder method =
        override("toUdtValue", UDT_VALUE)
            .addParameter(udt.type(), "value")
            .addParameter(UDT_VALUE, "target");
    for (ColumnModel field : udt.fields()) {
      method.addCode(
          ValueCodes.setByName(
              field.property(),
              field.value(),
              "target",
              field.cql(),
              TableGenerator.readProperty(field, "value")));
    }
    return method.addStatement("return target").build();
  }

  private static MethodSpec fromUdtValue(UdtModel udt) {
    MethodSpec.Builder method =
        override("fromUdtValue", udt.type()).addParameter(UDT_VALUE, "value");
    if (udt.construction() == Construction.CONSTRUCTOR) {
      NameAllocator names = new NameAllocator();
      names.newName("value");
      List<CodeBlock> arguments = new ArrayList<>();
      for (ColumnModel field : udt.fields()) {
        String local = names.newName(field.property(), field);
        method.addStatement(
            "$T $L = $L",
            field.value().javaType(),
            local,
            ValueCodes.getByName(field.property(), field.value(), "value", field.cql()));
        arguments.add(CodeBlock.of("$L", local));
      }
      method.addStatement("return new $T($L)", udt.type(), CodeBlock.join(arguments, ", "));
    } else {
      method.addStatement("$T result = new $T()", udt.type(), udt.type());
      for (ColumnModel field : udt.fields()) {
        CodeBlock read =
            ValueCodes.getByName(field.property(), field.value(), "value", field.cql());
        if (field.writer().viaMethod()) {
          method.addStatement("result.$L($L)", field.writer().name(), read);
        } else {
          method.addStatement("result.$L = $L", field.writer().name(), read);
        }
      }
      method.addStatement("return result");
    }
    return method.build();
  }

  private static MethodSpec.Builder override(String name, com.palantir.javapoet.TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }
}
