package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.TableModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes the metamodel's {@code property_} method: the property of each column of an entity, by the
 * column's position, as changed-column updates compare them (a switch over accessor calls, no
 * reflection). Only for tables that are not polymorphic.
 */
public final class PropertyReaderGenerator {

  /** The method's name: ends in an underscore, so no column constant or entry point clashes. */
  public static final String METHOD = "property_";

  private PropertyReaderGenerator() {}

  /** {@code static Object property_(User entity, int column)}. */
  public static MethodSpec generate(TableModel table) {
    CodeBlock.Builder cases = CodeBlock.builder().add("return switch (column) {\n").indent();
    List<ColumnModel> columns = table.columns();
    for (int k = 0; k < columns.size(); k++) {
      ColumnModel column = columns.get(k);
      CodeBlock read =
          column.reader().viaMethod()
              ? CodeBlock.of("entity.$L()", column.reader().name())
              : CodeBlock.of("entity.$L", column.reader().name());
      cases.add("case $L -> $L;\n", table.indexOf(column), read);
    }
    cases
        .add(
            "default -> throw new $T($S + column);\n",
            IndexOutOfBoundsException.class,
            "No column at ")
        .unindent()
        .add("};\n");
    return MethodSpec.methodBuilder(METHOD)
        .addJavadoc(
            "The property of column {@code column} of {@code entity}, for changed-column updates.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(Object.class)
        .addParameter(table.entity(), "entity")
        .addParameter(int.class, "column")
        .addCode(cases.build())
        .build();
  }
}
