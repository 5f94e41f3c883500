package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.generate.TableGenerator;
import io.sibyl.mapper.processor.generate.ValueCodes;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.CqlTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * What the method generators add to the class as a whole: one prepared statement field per method
 * (initialized in the constructor), and static constants. Owns the class's member names.
 */
public final class RepositoryClassBuilder {

  public static final ClassName SUPPORT =
      ClassName.get(TableGenerator.GENERATED_PACKAGE, "RepositorySupport");
  static final ClassName PREPARED_CQL =
      ClassName.get(TableGenerator.GENERATED_PACKAGE, "PreparedCql");

  private final NameAllocator names = new NameAllocator();
  private final List<FieldSpec> statementFields = new ArrayList<>();
  private final CodeBlock.Builder constructor = CodeBlock.builder();
  private final Map<String, FieldSpec> constants = new LinkedHashMap<>();

  /** An empty class body. */
  public RepositoryClassBuilder() {
    names.newName("support");
  }

  /** Declares the statement of a method; returns its field name. */
  String statement(String methodName, CqlTemplate cql, boolean idempotent) {
    String field = names.newName(methodName);
    statementFields.add(
        FieldSpec.builder(PREPARED_CQL, field, Modifier.PRIVATE, Modifier.FINAL).build());
    constructor.addStatement("this.$L = support.prepare($L, $L)", field, text(cql), idempotent);
    return field;
  }

  /** The name of an {@code int[]} constant holding {@code at}, the bind layout of a method. */
  String layout(String method, List<Integer> at) {
    String name = ValueCodes.upperSnake(method) + "_AT";
    String values = at.stream().map(String::valueOf).collect(Collectors.joining(", "));
    constants.putIfAbsent(
        name,
        FieldSpec.builder(
                TypeName.get(int[].class), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("{$L}", values)
            .build());
    return name;
  }

  /** The statements binding a parameter by its own type, adding the constants it needs. */
  CodeBlock bindValue(String method, Binding.Value value, String bs) {
    String name =
        method
            + Character.toUpperCase(value.parameter().charAt(0))
            + value.parameter().substring(1);
    for (FieldSpec constant : ValueCodes.constants(name, value.value())) {
      constants.putIfAbsent(constant.name(), constant);
    }
    return ValueCodes.bind(
        name, value.value(), bs, String.valueOf(value.index()), value.parameter(), "false");
  }

  /** Adds the constants, fields and constructor to {@code type}. */
  public void addTo(TypeSpec.Builder type) {
    constants.values().forEach(type::addField);
    type.addField(FieldSpec.builder(SUPPORT, "support", Modifier.PRIVATE, Modifier.FINAL).build());
    statementFields.forEach(type::addField);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates the repository; its statements are prepared by {@code support}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(SUPPORT, "support")
            .addStatement("this.support = support")
            .addCode(constructor.build())
            .build());
  }

  private static CodeBlock text(CqlTemplate cql) {
    if (cql.table() == null) {
      return CodeBlock.of("$S", cql.before());
    }
    CodeBlock.Builder text = CodeBlock.builder();
    if (!cql.before().isEmpty()) {
      text.add("$S + ", cql.before());
    }
    text.add("support.table($S, $S)", cql.keyspace(), cql.table());
    if (!cql.after().isEmpty()) {
      text.add(" + $S", cql.after());
    }
    return text.build();
  }
}
