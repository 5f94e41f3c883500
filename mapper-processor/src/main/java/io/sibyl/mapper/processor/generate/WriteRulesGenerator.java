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
import io.sibyl.mapper.processor.model.WriteRules;
import io.sibyl.mapper.processor.model.WriteRules.Constraint;
import io.sibyl.mapper.processor.model.WriteRules.DefaultValue;
import io.sibyl.mapper.processor.model.WriteRules.PropertyRules;
import io.sibyl.mapper.processor.model.WriteRules.Shape;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Adds to {@code UserTable} what runs before its entity is written: {@code prepareInsert} (the
 * {@code @Default} values of null properties, then the checks) and {@code prepareUpdate} (the
 * checks), with the constants they use (defaults, compiled patterns, bounds). Adds nothing when the
 * entity has no rule, so that its writes run exactly the code they ran before.
 */
public final class WriteRulesGenerator {

  private static final String GENERATED = TableGenerator.GENERATED_PACKAGE;
  private static final ClassName CHECKS = ClassName.get(GENERATED, "Checks");
  private static final ClassName DEFAULTS = ClassName.get(GENERATED, "Defaults");
  private static final ClassName ERRORS = ClassName.get("io.sibyl.mapper", "ValidationErrors");

  private WriteRulesGenerator() {}

  /** Adds the fields and methods of {@code rules} to the table class of {@code table}. */
  public static void addTo(TypeSpec.Builder type, TableModel table, WriteRules rules) {
    if (rules.hasDefaults()) {
      rules.properties().stream()
          .filter(p -> p.defaultValue() != null && isConstant(p.defaultValue()))
          .forEach(p -> type.addField(defaultConstant(p.column(), p.defaultValue())));
      type.addMethod(withDefaults(table, rules));
    }
    if (rules.hasChecks()) {
      for (PropertyRules property : rules.properties()) {
        List<Constraint> constraints = property.constraints();
        for (int i = 0; i < constraints.size(); i++) {
          constants(property.column(), constraints.get(i), i).forEach(type::addField);
        }
      }
      type.addMethod(check(table, rules));
      if (rules.properties().stream().anyMatch(p -> !p.constraints().isEmpty())) {
        type.addMethod(checkValue(table, rules));
      }
    }
    if (rules.hasDefaults() || rules.hasChecks()) {
      MethodSpec.Builder insert = override("prepareInsert", table);
      String written = "entity";
      if (rules.hasDefaults()) {
        insert.addStatement("$T written = withDefaults(entity)", table.entity());
        written = "written";
      }
      if (rules.hasChecks()) {
        insert.addStatement("check($L, $S)", written, "insert");
      }
      type.addMethod(insert.addStatement("return $L", written).build());
    }
    if (rules.hasChecks()) {
      type.addMethod(
          override("prepareUpdate", table)
              .addStatement("check(entity, $S)", "update")
              .addStatement("return entity")
              .build());
    }
  }

  private static MethodSpec.Builder override(String name, TableModel table) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(table.entity())
        .addParameter(table.entity(), "entity");
  }

  // ---- defaults ----

  private static boolean isConstant(DefaultValue value) {
    return switch (value.kind()) {
      case RANDOM_UUID, TIME_UUID, NOW_INSTANT, NOW_DATE -> false;
      default -> true;
    };
  }

  private static String defaultName(ColumnModel column) {
    return ValueCodes.upperSnake(column.property()) + "_DEFAULT";
  }

  private static FieldSpec defaultConstant(ColumnModel column, DefaultValue value) {
    TypeName javaType = column.value().javaType();
    String literal = value.literal();
    CodeBlock initializer =
        switch (value.kind()) {
          case STRING -> CodeBlock.of("$S", literal);
          case BOOLEAN -> CodeBlock.of("$T.valueOf($S)", Boolean.class, literal);
          case BYTE -> CodeBlock.of("$T.valueOf($S)", Byte.class, literal);
          case SHORT -> CodeBlock.of("$T.valueOf($S)", Short.class, literal);
          case INT -> CodeBlock.of("$T.valueOf($S)", Integer.class, literal);
          case LONG -> CodeBlock.of("$T.valueOf($S)", Long.class, literal);
          case FLOAT -> CodeBlock.of("$T.valueOf($S)", Float.class, literal);
          case DOUBLE -> CodeBlock.of("$T.valueOf($S)", Double.class, literal);
          case BIG_DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, literal);
          case BIG_INTEGER -> CodeBlock.of("new $T($S)", BigInteger.class, literal);
          case UUID -> CodeBlock.of("$T.fromString($S)", UUID.class, literal);
          case INSTANT -> CodeBlock.of("$T.parse($S)", Instant.class, literal);
          case LOCAL_DATE -> CodeBlock.of("$T.parse($S)", LocalDate.class, literal);
          case LOCAL_TIME -> CodeBlock.of("$T.parse($S)", LocalTime.class, literal);
          case ENUM -> CodeBlock.of("$T.$L", javaType, literal);
          default -> throw new IllegalArgumentException("Not a constant: " + value.kind());
        };
    return FieldSpec.builder(
            javaType, defaultName(column), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The @Default of property $L.\n", column.property())
        .initializer(initializer)
        .build();
  }

  private static CodeBlock defaultValue(ColumnModel column, DefaultValue value) {
    return switch (value.kind()) {
      case RANDOM_UUID -> CodeBlock.of("$T.randomUuid()", DEFAULTS);
      case TIME_UUID -> CodeBlock.of("$T.timeUuid()", DEFAULTS);
      case NOW_INSTANT -> CodeBlock.of("$T.now()", DEFAULTS);
      case NOW_DATE -> CodeBlock.of("$T.today()", DEFAULTS);
      default -> CodeBlock.of("$L", defaultName(column));
    };
  }

  /**
   * {@code withDefaults}: a bean gets each missing value set; a record or immutable class is copied
   * through its constructor when a value is missing, and returned as is when none is.
   */
  private static MethodSpec withDefaults(TableModel table, WriteRules rules) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("withDefaults")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(table.entity())
            .addParameter(table.entity(), "entity");
    List<PropertyRules> defaulted =
        rules.properties().stream().filter(p -> p.defaultValue() != null).toList();
    if (table.construction() != Construction.CONSTRUCTOR) {
      for (PropertyRules p : defaulted) {
        ColumnModel c = p.column();
        CodeBlock value = defaultValue(c, p.defaultValue());
        method.beginControlFlow("if ($L == null)", TableGenerator.readProperty(c, "entity"));
        if (c.writer().viaMethod()) {
          method.addStatement("entity.$L($L)", c.writer().name(), value);
        } else {
          method.addStatement("entity.$L = $L", c.writer().name(), value);
        }
        method.endControlFlow();
      }
      return method.addStatement("return entity").build();
    }
    NameAllocator names = new NameAllocator();
    names.newName("entity");
    List<CodeBlock> missing = new ArrayList<>();
    for (PropertyRules p : defaulted) {
      ColumnModel c = p.column();
      String local = names.newName(c.property(), c);
      method.addStatement(
          "$T $L = $L", c.value().javaType(), local, TableGenerator.readProperty(c, "entity"));
      missing.add(CodeBlock.of("$L == null", local));
    }
    method
        .beginControlFlow("if (!($L))", CodeBlock.join(missing, " ||$W"))
        .addStatement("return entity")
        .endControlFlow();
    ColumnModel[] byDeclaration = new ColumnModel[table.columns().size()];
    table.columns().forEach(c -> byDeclaration[c.declarationIndex()] = c);
    List<CodeBlock> arguments = new ArrayList<>();
    for (ColumnModel c : byDeclaration) {
      PropertyRules p =
          defaulted.stream().filter(r -> r.column().equals(c)).findFirst().orElse(null);
      arguments.add(
          p == null
              ? TableGenerator.readProperty(c, "entity")
              : CodeBlock.of(
                  "$L != null ? $L : $L",
                  names.get(c),
                  names.get(c),
                  defaultValue(c, p.defaultValue())));
    }
    return method
        .addStatement("return new $T($L)", table.entity(), CodeBlock.join(arguments, ",$W"))
        .build();
  }

  // ---- checks ----

  private static String patternName(ColumnModel column, int index) {
    return ValueCodes.upperSnake(column.property()) + "_PATTERN_" + index;
  }

  private static String boundName(ColumnModel column, int index) {
    return ValueCodes.upperSnake(column.property()) + "_BOUND_" + index;
  }

  private static List<FieldSpec> constants(ColumnModel column, Constraint constraint, int index) {
    List<FieldSpec> fields = new ArrayList<>();
    if (constraint.regexp() != null) {
      CodeBlock flags = flags(constraint.flags());
      fields.add(
          FieldSpec.builder(
                  Pattern.class,
                  patternName(column, index),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc(
                  "The regular expression of @$L on $L.\n", constraint.name(), column.property())
              .initializer("$T.compile($S$L)", Pattern.class, constraint.regexp(), flags)
              .build());
    }
    boolean big =
        constraint.shape() == Shape.BIG_DECIMAL || constraint.shape() == Shape.BIG_INTEGER;
    if (big
        && (constraint.check() == WriteRules.Check.MIN
            || constraint.check() == WriteRules.Check.MAX)) {
      Class<?> bigType =
          constraint.shape() == Shape.BIG_DECIMAL ? BigDecimal.class : BigInteger.class;
      long bound = constraint.check() == WriteRules.Check.MIN ? constraint.min() : constraint.max();
      fields.add(
          FieldSpec.builder(
                  bigType,
                  boundName(column, index),
                  Modifier.PRIVATE,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The bound of @$L on $L.\n", constraint.name(), column.property())
              .initializer("$T.valueOf($LL)", bigType, bound)
              .build());
    }
    return fields;
  }

  /** {@code , Pattern.CASE_INSENSITIVE | Pattern.DOTALL} for these flags, or nothing. */
  private static CodeBlock flags(int flags) {
    List<CodeBlock> names = new ArrayList<>();
    String[] known = {
      "UNIX_LINES",
      "CASE_INSENSITIVE",
      "COMMENTS",
      "MULTILINE",
      "DOTALL",
      "UNICODE_CASE",
      "CANON_EQ"
    };
    int[] bits = {
      Pattern.UNIX_LINES,
      Pattern.CASE_INSENSITIVE,
      Pattern.COMMENTS,
      Pattern.MULTILINE,
      Pattern.DOTALL,
      Pattern.UNICODE_CASE,
      Pattern.CANON_EQ
    };
    for (int i = 0; i < bits.length; i++) {
      if ((flags & bits[i]) != 0) {
        names.add(CodeBlock.of("$T.$L", Pattern.class, known[i]));
      }
    }
    return names.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$L", CodeBlock.join(names, " | "));
  }

  /**
   * {@code check}: each constraint in column order, adding a violation when broken, then the
   * entity's own hook; throws when anything was found.
   */
  private static MethodSpec check(TableModel table, WriteRules rules) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("check")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .addParameter(table.entity(), "entity")
            .addParameter(String.class, "operation")
            .addStatement("$T errors = null", ERRORS);
    NameAllocator names = new NameAllocator();
    names.newName("entity");
    names.newName("operation");
    names.newName("errors");
    for (PropertyRules property : rules.properties()) {
      if (property.constraints().isEmpty()) {
        continue;
      }
      ColumnModel column = property.column();
      String value = names.newName(column.property(), column);
      method.addStatement(
          "$T $L = $L",
          column.value().javaType(),
          value,
          TableGenerator.readProperty(column, "entity"));
      addChecks(method, table, column, property.constraints(), value);
    }
    if (rules.hook()) {
      method.addStatement("errors = $T.hook(errors, entity, $T.class)", CHECKS, table.entity());
    }
    return method.addStatement("$T.throwIfAny(errors, operation)", CHECKS).build();
  }

  /** One {@code if} per constraint, adding its violation when {@code value} breaks it. */
  private static void addChecks(
      MethodSpec.Builder method,
      TableModel table,
      ColumnModel column,
      List<Constraint> constraints,
      String value) {
    for (int i = 0; i < constraints.size(); i++) {
      Constraint constraint = constraints.get(i);
      method
          .beginControlFlow("if ($L)", broken(column, constraint, value, i))
          .addStatement(
              "errors = $T.add(errors,$W$T.class,$W$S,$W$S,$W$S)",
              CHECKS,
              table.entity(),
              column.property(),
              constraint.name(),
              constraint.message())
          .endControlFlow();
    }
  }

  /**
   * {@code checkValue}: the constraints of one column on a value an update sets it to, the value
   * boxed (and possibly null) whatever the property's type.
   */
  private static MethodSpec checkValue(TableModel table, WriteRules rules) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("checkValue")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ERRORS)
            .addParameter(ERRORS, "errors")
            .addParameter(TypeName.INT, "column")
            .addParameter(Object.class, "value")
            .beginControlFlow("switch (column)");
    for (PropertyRules property : rules.properties()) {
      if (property.constraints().isEmpty()) {
        continue;
      }
      ColumnModel column = property.column();
      List<Constraint> boxed =
          property.constraints().stream()
              .filter(c -> !(c.check() == WriteRules.Check.NOT_NULL && isPrimitive(c.shape())))
              .map(WriteRulesGenerator::boxed)
              .toList();
      TypeName type = wildcards(column.value().javaType().box());
      method
          .beginControlFlow("case $L:", table.indexOf(column))
          .addStatement("$T v = ($T) value", type, type);
      addChecks(method, table, column, boxed, "v");
      method.addStatement("return errors").endControlFlow();
    }
    return method.addCode("default:\n").addStatement("$>return errors$<").endControlFlow().build();
  }

  private static boolean isPrimitive(Shape shape) {
    return shape == Shape.PRIMITIVE_NUMBER || shape == Shape.PRIMITIVE_BOOLEAN;
  }

  private static Constraint boxed(Constraint c) {
    Shape shape =
        switch (c.shape()) {
          case PRIMITIVE_NUMBER -> Shape.BOXED_NUMBER;
          case PRIMITIVE_BOOLEAN -> Shape.BOXED_BOOLEAN;
          default -> c.shape();
        };
    return new Constraint(
        c.name(), c.check(), shape, c.min(), c.max(), c.regexp(), c.flags(), c.message());
  }

  /** {@code List<?>} for {@code List<String>}: a cast from Object without an unchecked warning. */
  private static TypeName wildcards(TypeName type) {
    if (type instanceof ParameterizedTypeName generic) {
      TypeName[] arguments = new TypeName[generic.typeArguments().size()];
      Arrays.fill(arguments, WildcardTypeName.subtypeOf(Object.class));
      return ParameterizedTypeName.get(generic.rawType(), arguments);
    }
    return type;
  }

  /** The condition under which {@code v} breaks the constraint. */
  private static CodeBlock broken(ColumnModel column, Constraint c, String v, int index) {
    Shape shape = c.shape();
    boolean primitive = shape == Shape.PRIMITIVE_NUMBER || shape == Shape.PRIMITIVE_BOOLEAN;
    String present = primitive ? "" : v + " != null && ";
    return switch (c.check()) {
      case NOT_NULL -> CodeBlock.of("$L == null", v);
      case NOT_BLANK -> CodeBlock.of("$T.isBlank($L)", CHECKS, v);
      case NOT_EMPTY -> CodeBlock.of("$L == null || $L == 0", v, size(shape, v));
      case SIZE -> {
        List<String> out = new ArrayList<>();
        if (c.min() > 0) {
          out.add(size(shape, v) + " < " + c.min());
        }
        if (c.max() < Integer.MAX_VALUE) {
          out.add(size(shape, v) + " > " + c.max());
        }
        yield out.isEmpty()
            ? CodeBlock.of("false")
            : CodeBlock.of("$L != null && ($L)", v, String.join(" || ", out));
      }
      case MIN -> compare(column, c, v, index, present, "<", c.min());
      case MAX -> compare(column, c, v, index, present, ">", c.max());
      case POSITIVE -> sign(shape, v, present, "<= 0");
      case POSITIVE_OR_ZERO -> sign(shape, v, present, "< 0");
      case NEGATIVE -> sign(shape, v, present, ">= 0");
      case NEGATIVE_OR_ZERO -> sign(shape, v, present, "> 0");
      case PATTERN ->
          CodeBlock.of("$L != null && !$L.matcher($L).matches()", v, patternName(column, index), v);
      case EMAIL ->
          c.regexp() == null
              ? CodeBlock.of("!$T.isEmail($L)", CHECKS, v)
              : CodeBlock.of(
                  "!$T.isEmail($L) || $L != null && !$L.matcher($L).matches()",
                  CHECKS,
                  v,
                  v,
                  patternName(column, index),
                  v);
      case ASSERT_TRUE -> CodeBlock.of("$L!$L", present, v);
      case ASSERT_FALSE -> CodeBlock.of("$L$L", present, v);
    };
  }

  private static String size(Shape shape, String v) {
    return switch (shape) {
      case CHARS -> v + ".length()";
      case ARRAY -> v + ".length";
      default -> v + ".size()";
    };
  }

  private static CodeBlock compare(
      ColumnModel column,
      Constraint c,
      String v,
      int index,
      String present,
      String op,
      long bound) {
    if (c.shape() == Shape.BIG_DECIMAL || c.shape() == Shape.BIG_INTEGER) {
      return CodeBlock.of("$L$L.compareTo($L) $L 0", present, v, boundName(column, index), op);
    }
    return CodeBlock.of("$L$L $L $LL", present, v, op, bound);
  }

  private static CodeBlock sign(Shape shape, String v, String present, String test) {
    if (shape == Shape.BIG_DECIMAL || shape == Shape.BIG_INTEGER) {
      return CodeBlock.of("$L$L.signum() $L", present, v, test);
    }
    return CodeBlock.of("$L$L $L", present, v, test);
  }
}
