package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.UdtModel;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Address_}, the field model of a {@code @Udt} type for the query DSL: one typed
 * {@code UdtField} constant per field ({@code Address_.CITY}), read by a nested {@code Codecs}
 * class with the same code as the table metamodels.
 */
public final class UdtMetamodelGenerator {

  private static final ClassName UDT_FIELD = ClassName.get("io.sibyl.mapper.metamodel", "UdtField");

  private UdtMetamodelGenerator() {}

  /** The generated type. */
  public static TypeSpec.Builder generate(UdtModel udt) {
    ClassName self = MetamodelGenerator.metamodelName(udt.type());
    ClassName codecs = self.nestedClass("Codecs");
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The fields of user type $L, for selecting one field of a column: {@code"
                    + " FIELD.of(Entity_.COLUMN)}.\n",
                udt.cql());
    for (ColumnModel field : udt.fields()) {
      TypeName value = field.value().javaType().box();
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(UDT_FIELD, udt.type(), value),
                  ValueCodes.upperSnake(field.property()),
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("Field $L.\n", field.cql())
              .initializer(
                  "new $T<>($S, $S, $T::read$L)",
                  UDT_FIELD,
                  field.cql(),
                  field.property(),
                  codecs,
                  field.capitalized())
              .build());
    }
    type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    type.addType(codecs(udt));
    return type;
  }

  private static TypeSpec codecs(UdtModel udt) {
    TypeSpec.Builder codecs =
        TypeSpec.classBuilder("Codecs")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
    for (ColumnModel field : udt.fields()) {
      ValueCodes.constants(field.property(), field.value()).forEach(codecs::addField);
    }
    codecs.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (ColumnModel field : udt.fields()) {
      codecs.addMethod(
          MethodSpec.methodBuilder("read" + field.capitalized())
              .addModifiers(Modifier.STATIC)
              .returns(field.value().javaType().box())
              .addParameter(TableGenerator.ROW, "row")
              .addParameter(TypeName.INT, "i")
              .addStatement(
                  "return $L",
                  ValueCodes.read(field.property(), field.value(), "row", CodeBlock.of("i")))
              .build());
    }
    return codecs.build();
  }
}
