package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.CallOptionModel;
import io.sibyl.mapper.processor.model.ParameterModel;
import io.sibyl.mapper.processor.model.StatementPlan;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** The statements that bind a method's values and apply its options to {@code bs}. */
final class BindingCode {

  static final ClassName STATEMENTS = ClassName.get("io.sibyl.mapper.generated", "Statements");
  private static final ClassName NULL_SAVING =
      ClassName.get("io.sibyl.mapper.annotations", "NullSavingStrategy");

  private BindingCode() {}

  /**
   * The binding statements.
   *
   * @param field the method's statement field, which names its constants
   * @param constants the class that keeps the constants this needs
   */
  static CodeBlock bind(
      String field, StatementPlan plan, String bs, RepositoryClassBuilder constants) {
    return bind(field, plan, bs, constants, Map.of());
  }

  /**
   * Declares, before the statement is bound (so before it is prepared), each entity parameter as
   * its table's {@code prepareInsert}/{@code prepareUpdate} returns it: an invalid entity fails
   * before anything is sent.
   *
   * @param prepared filled with each prepared parameter's local variable
   */
  static CodeBlock prepareEntities(
      StatementPlan plan,
      List<ParameterModel> parameters,
      NameAllocator names,
      Map<String, String> prepared) {
    CodeBlock.Builder code = CodeBlock.builder();
    for (Binding binding : plan.bindings()) {
      if (binding instanceof Binding.Entity entity && entity.prepare() != null) {
        ParameterModel parameter =
            parameters.stream()
                .filter(p -> p.name().equals(entity.parameter()))
                .findFirst()
                .orElseThrow();
        String local = names.newName(entity.parameter() + "Written");
        code.addStatement(
            "$T $L = $T.INSTANCE.$L($L)",
            parameter.type(),
            local,
            entity.table(),
            entity.prepare(),
            entity.parameter());
        prepared.put(entity.parameter(), local);
      }
    }
    return code.build();
  }

  /**
   * The binding statements, entity parameters in {@code prepared} bound from their local variable;
   * other entities with a preparation are prepared where they are bound.
   */
  static CodeBlock bind(
      String field,
      StatementPlan plan,
      String bs,
      RepositoryClassBuilder constants,
      Map<String, String> prepared) {
    CodeBlock.Builder code = CodeBlock.builder();
    CodeBlock setNulls = setNulls(plan.nullSaving());
    for (Binding binding : plan.bindings()) {
      if (binding instanceof Binding.Entity entity) {
        List<Integer> at = entity.at();
        boolean identity = IntStream.range(0, at.size()).allMatch(i -> at.get(i) == i);
        CodeBlock layout =
            identity
                ? CodeBlock.of("$T.ALL", entity.table())
                : CodeBlock.of("$L", constants.layout(field, at));
        CodeBlock value =
            prepared.containsKey(entity.parameter())
                ? CodeBlock.of("$L", prepared.get(entity.parameter()))
                : entity.prepare() == null
                    ? CodeBlock.of("$L", entity.parameter())
                    : CodeBlock.of(
                        "$T.INSTANCE.$L($L)", entity.table(), entity.prepare(), entity.parameter());
        code.addStatement(
            "$T.bind($L,$W$L,$W$L,$W$L)", entity.table(), bs, value, layout, setNulls);
      } else if (binding instanceof Binding.Column column) {
        code.addStatement(
            "$T.bind$L($L,$W$L,$W$L,$W$L)",
            column.table(),
            column.column().capitalized(),
            bs,
            column.index(),
            column.parameter(),
            column.written() ? setNulls : CodeBlock.of("true"));
      } else if (binding instanceof Binding.Value value) {
        code.add(constants.bindValue(field, value, bs));
      }
    }
    for (CallOptionModel option : plan.options()) {
      code.add(option(option, plan, bs));
    }
    return code.build();
  }

  private static CodeBlock setNulls(NullSavingStrategy strategy) {
    return switch (strategy) {
      case SET_TO_NULL -> CodeBlock.of("true");
      case DO_NOT_SET -> CodeBlock.of("false");
      case DEFAULT -> CodeBlock.of("this.support.setsNulls($T.DEFAULT)", NULL_SAVING);
    };
  }

  private static CodeBlock option(CallOptionModel option, StatementPlan plan, String bs) {
    if (option.kind() == null) {
      return CodeBlock.of(
          "$L = $T.withOptions($L, $L, $L);\n",
          bs,
          STATEMENTS,
          bs,
          option.parameter(),
          plan.ttlMarker());
    }
    String method =
        switch (option.kind()) {
          case CONSISTENCY -> "withConsistency";
          case SERIAL_CONSISTENCY -> "withSerialConsistency";
          case TIMEOUT -> "withTimeout";
          case TIMESTAMP -> "withTimestamp";
          case PAGE_SIZE -> "withPageSize";
          case PAGING_STATE -> "withPagingState";
          case EXECUTION_PROFILE -> "withExecutionProfile";
          case TTL -> throw new IllegalStateException("TTL options are bound as values");
        };
    CodeBlock assign = CodeBlock.of("$L = $L.$L($L)", bs, bs, method, option.parameter());
    if (!option.nullable()) {
      return CodeBlock.of("$L;\n", assign);
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L != null)", option.parameter())
        .addStatement("$L", assign)
        .endControlFlow()
        .build();
  }
}
