package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.generate.TableGenerator;
import io.sibyl.mapper.processor.generate.ValueCodes;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.CqlTemplate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
  static final ClassName OBSERVER = ClassName.get("io.sibyl.mapper.observe", "RepositoryObserver");

  /** The field holding the mapper's repository observer. */
  static final String OBSERVER_FIELD = "observer";

  /** The constant holding the repository's name, as reported to the observer. */
  static final String REPOSITORY_CONSTANT = "REPOSITORY";

  /** Every member name of the class: fields and constants never share one. */
  private final Set<String> names = new HashSet<>();

  private final List<FieldSpec> statementFields = new ArrayList<>();
  private final CodeBlock.Builder constructor = CodeBlock.builder();
  private final List<FieldSpec> constants = new ArrayList<>();

  private final ClassName impl;
  private final String repositoryName;

  /**
   * An empty class body.
   *
   * @param impl the class being written
   * @param repositoryName the name the methods report to the observer: the interface's simple name
   */
  public RepositoryClassBuilder(ClassName impl, String repositoryName) {
    this.impl = impl;
    this.repositoryName = repositoryName;
    names.add("support");
    names.add(OBSERVER_FIELD);
    names.add(REPOSITORY_CONSTANT);
  }

  /**
   * Declares the statement of a method; returns its field name, which is unique: overloads get
   * {@code delete}, {@code delete2}... It is also the prefix of the method's constants, so each
   * overload gets its own.
   */
  String statement(String methodName, CqlTemplate cql, boolean idempotent) {
    String field = unique(methodName, List.of(""));
    statementFields.add(
        FieldSpec.builder(PREPARED_CQL, field, Modifier.PRIVATE, Modifier.FINAL).build());
    constructor.addStatement("this.$L = support.prepare($Z$L,$W$L)", field, text(cql), idempotent);
    return field;
  }

  /**
   * Declares a final field of {@code type}, set in the constructor to {@code initializer} (which
   * may use {@code support}); returns its name, unique like a statement's.
   */
  String field(String base, TypeName type, CodeBlock initializer) {
    String field = unique(base, List.of(""));
    statementFields.add(FieldSpec.builder(type, field, Modifier.PRIVATE, Modifier.FINAL).build());
    constructor.addStatement("this.$L = $L", field, initializer);
    return field;
  }

  /**
   * The repository-name constant, qualified with the class when a parameter of the method (in
   * {@code parameters}) would hide it.
   */
  CodeBlock repositoryConstant(Set<String> parameters) {
    return parameters.contains(REPOSITORY_CONSTANT)
        ? CodeBlock.of("$T.$L", impl, REPOSITORY_CONSTANT)
        : CodeBlock.of("$L", REPOSITORY_CONSTANT);
  }

  /**
   * The name of a new {@code int[]} constant holding {@code at}, the bind layout of the method
   * whose statement is {@code field}.
   */
  String layout(String field, List<Integer> at) {
    String name = ValueCodes.upperSnake(unique(field, List.of("_AT"))) + "_AT";
    String values = at.stream().map(String::valueOf).collect(Collectors.joining(", "));
    constants.add(
        FieldSpec.builder(
                TypeName.get(int[].class), name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("{$L}", values)
            .build());
    return name;
  }

  /**
   * The statements binding a parameter by its own type, adding the new constants it needs (named
   * after {@code field}, the method's statement, and the parameter).
   */
  CodeBlock bindValue(String field, Binding.Value value, String bs) {
    String base =
        unique(
            field
                + Character.toUpperCase(value.parameter().charAt(0))
                + value.parameter().substring(1),
            List.of("_TYPE", "_CODEC"));
    constants.addAll(ValueCodes.constants(base, value.value()));
    return ValueCodes.bind(
        base, value.value(), bs, String.valueOf(value.index()), value.parameter(), "false");
  }

  /**
   * The first of {@code base}, {@code base2}, {@code base3}... whose names with each suffix
   * (upper-snake-cased when the suffix is not empty) are all free; claims them.
   */
  private String unique(String base, List<String> suffixes) {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? base : base + n;
      List<String> claimed =
          suffixes.stream()
              .map(s -> s.isEmpty() ? candidate : ValueCodes.upperSnake(candidate) + s)
              .toList();
      if (claimed.stream().noneMatch(names::contains)) {
        names.addAll(claimed);
        return candidate;
      }
    }
  }

  /** Adds the constants, fields and constructor to {@code type}. */
  public void addTo(TypeSpec.Builder type) {
    type.addField(
        FieldSpec.builder(
                String.class,
                REPOSITORY_CONSTANT,
                Modifier.PRIVATE,
                Modifier.STATIC,
                Modifier.FINAL)
            .initializer("$S", repositoryName)
            .build());
    constants.forEach(type::addField);
    type.addField(FieldSpec.builder(SUPPORT, "support", Modifier.PRIVATE, Modifier.FINAL).build());
    type.addField(
        FieldSpec.builder(OBSERVER, OBSERVER_FIELD, Modifier.PRIVATE, Modifier.FINAL).build());
    statementFields.forEach(type::addField);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addJavadoc("Creates the repository; its statements are prepared by {@code support}.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(SUPPORT, "support")
            .addStatement("this.support = support")
            .addStatement("this.$L = support.observer()", OBSERVER_FIELD)
            .addCode(constructor.build())
            .build());
  }

  private static CodeBlock text(CqlTemplate cql) {
    if (cql.table() == null) {
      return CodeBlock.of("$S", cql.before());
    }
    CodeBlock.Builder text = CodeBlock.builder();
    if (!cql.before().isEmpty()) {
      text.add("$S$W+ ", cql.before());
    }
    if (cql.keyspace() == null || cql.keyspace().isEmpty()) {
      // No keyspace at compile time: the mapper's, if any, qualifies the table at run time.
      text.add("support.table($S)", cql.table());
    } else {
      text.add("support.table($S, $S)", cql.keyspace(), cql.table());
    }
    if (!cql.after().isEmpty()) {
      text.add("$W+ $S", cql.after());
    }
    return text.build();
  }
}
