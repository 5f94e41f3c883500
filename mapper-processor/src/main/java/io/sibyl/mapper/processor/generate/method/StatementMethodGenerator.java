package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.processor.model.ParameterModel;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes one repository method: bind the prepared statement, apply the options, execute (or not),
 * and convert the result; synchronously, or composed on {@code CompletionStage}s. Every call is
 * reported to the mapper's {@code RepositoryObserver} (as the interface's simple name and the
 * method's name); with the default observer that costs no allocation.
 *
 * <p>All method kinds share this shape: their differences (the statement, its bindings, its
 * idempotence, what the result means) are decided by the parsers and carried by the {@link
 * StatementPlan}.
 */
public final class StatementMethodGenerator {

  private static final ClassName BOUND_STATEMENT =
      ClassName.get("io.sibyl.driver", "BoundStatement");
  private static final ClassName COMPLETABLE_FUTURE =
      ClassName.get("java.util.concurrent", "CompletableFuture");
  private static final ClassName COMPLETION_STAGE =
      ClassName.get("java.util.concurrent", "CompletionStage");
  private static final ClassName ASYNC_RESULT_SET =
      ClassName.get("io.sibyl.driver", "AsyncResultSet");

  private StatementMethodGenerator() {}

  /** The method, registering its statement and constants in {@code type}. */
  public static MethodSpec generate(RepositoryMethod method, RepositoryClassBuilder type) {
    StatementPlan plan = method.plan();
    String field = type.statement(method.name(), plan.cql(), plan.idempotent());
    NameAllocator names = new NameAllocator();
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    for (ParameterModel parameter : method.parameters()) {
      names.newName(parameter.name(), parameter);
      spec.addParameter(parameter.type(), parameter.name());
    }
    // Locals go through the allocator too: a parameter named bs or rs keeps its name.
    String bs = names.newName("bs");
    ReturnShape shape = plan.returns();
    Map<String, String> prepared = new HashMap<>();
    CodeBlock prepare =
        shape.async()
            ? CodeBlock.of("")
            : BindingCode.prepareEntities(plan, method.parameters(), names, prepared);
    CodeBlock bind = BindingCode.bind(field, plan, bs, type, prepared);
    Set<String> parameterNames =
        method.parameters().stream().map(ParameterModel::name).collect(Collectors.toSet());
    ObservedCode.Observation observation =
        new ObservedCode.Observation(
            type.repositoryConstant(parameterNames),
            method.name(),
            names.newName("call"),
            names.newName("e"));
    return spec.addCode(
            shape.async()
                ? async(
                        method,
                        shape,
                        field,
                        new Locals(
                            bs,
                            names.newName("rs"),
                            names.newName(
                                shape.kind() == ReturnShape.Kind.BOUND_STATEMENT
                                    ? "bound"
                                    : "executed")),
                        bind)
                    .observed(observation, names.newName("stage"))
                : sync(method, shape, field, bs, prepare, bind)
                    .observed(observation, names.newName("result")))
        .build();
  }

  private static ObservedCode.Body sync(
      RepositoryMethod method,
      ReturnShape shape,
      String field,
      String bs,
      CodeBlock prepare,
      CodeBlock bind) {
    CodeBlock statements =
        CodeBlock.builder()
            .add(prepare)
            .addStatement("$T $L = this.$L.bind()", BOUND_STATEMENT, bs, field)
            .add(bind)
            .build();
    CodeBlock execute = CodeBlock.of("this.support.execute($L)", bs);
    CodeBlock returned =
        switch (shape.kind()) {
          case VOID -> null;
          case RESULT_SET -> execute;
          case BOUND_STATEMENT -> CodeBlock.of("$L", bs);
          default ->
              CodeBlock.of(
                  "$T.$L($Z$L$L)",
                  ResultCode.RESULTS,
                  ResultCode.helper(shape),
                  execute,
                  ResultCode.extraArgument(shape, field));
        };
    if (returned == null) {
      statements = statements.toBuilder().addStatement("$L", execute).build();
    }
    return new ObservedCode.Body(statements, returned, method.returnType(), false);
  }

  /** The names of the locals of an async method: the statement, the result set, the sent stage. */
  private record Locals(String bs, String rs, String executed) {}

  /**
   * The body of an asynchronous method. When the statement is prepared (every call but the first),
   * it binds at once and hands the conversion to the driver with the statement ({@code
   * executeAsync(bs, converter)}), which completes its one stage with the converted value: no stage
   * of the mapper's own. The first call binds once the preparation completes. A failure to bind (an
   * invalid entity, say) fails the returned stage on either path. Conversions that fetch further
   * pages ({@link ResultCode#composed}) compose on the driver's stage instead.
   */
  private static ObservedCode.Body async(
      RepositoryMethod method, ReturnShape shape, String field, Locals locals, CodeBlock bind) {
    String bs = locals.bs();
    boolean unsent = shape.kind() == ReturnShape.Kind.BOUND_STATEMENT;
    boolean converted =
        !unsent && shape.kind() != ReturnShape.Kind.RESULT_SET && !ResultCode.composed(shape);
    CodeBlock converter = converted ? converter(shape, field, locals.rs()) : null;
    CodeBlock send =
        converted
            ? CodeBlock.of("this.support.executeAsync($L,$W$L)", bs, converter)
            : CodeBlock.of("this.support.executeAsync($L)", bs);
    String target = locals.executed();
    TypeName targetType =
        converted
            ? ParameterizedTypeName.get(COMPLETION_STAGE, valueType(method.returnType()))
            : ParameterizedTypeName.get(
                COMPLETION_STAGE, unsent ? BOUND_STATEMENT : ASYNC_RESULT_SET);
    CodeBlock.Builder code = CodeBlock.builder();
    code.addStatement("$T $L", targetType, target);
    code.beginControlFlow("if (this.$L.isPrepared())", field)
        .addStatement("$T $L = this.$L.bind()", BOUND_STATEMENT, bs, field)
        .add(bind);
    if (unsent) {
      code.addStatement("$L = $T.completedFuture($L)", target, COMPLETABLE_FUTURE, bs);
    } else {
      code.addStatement("$L = $L", target, send);
    }
    code.nextControlFlow("else")
        .add("// The first call: bind once the statement is prepared.\n")
        .add("$L = this.$L.bindAsync()\n", target, field)
        .indent()
        .indent()
        .add(".$L($L -> {\n", unsent ? "thenApply" : "thenCompose", bs)
        .indent()
        .add(bind)
        .addStatement("return $L", unsent ? CodeBlock.of("$L", bs) : send)
        .unindent()
        .add("});\n")
        .unindent()
        .unindent()
        .endControlFlow();
    CodeBlock stage;
    if (unsent || converted || shape.kind() == ReturnShape.Kind.RESULT_SET) {
      stage = CodeBlock.of("$L", locals.executed());
    } else {
      stage =
          CodeBlock.of(
              "$L.thenCompose($L ->$W$T.$L($L$L))",
              locals.executed(),
              locals.rs(),
              ResultCode.RESULTS,
              ResultCode.asyncHelper(shape),
              locals.rs(),
              ResultCode.extraArgument(shape, field));
    }
    if (isCompletableFuture(method.returnType())) {
      stage = CodeBlock.of("$L.toCompletableFuture()", stage);
    }
    return new ObservedCode.Body(code.build(), stage, method.returnType(), true, true);
  }

  /** The function converting the first page into the method's value, given to the driver. */
  private static CodeBlock converter(ReturnShape shape, String field, String rs) {
    if (shape.kind() == ReturnShape.Kind.VOID) {
      return CodeBlock.of("$T::toVoid", ResultCode.RESULTS);
    }
    return CodeBlock.of(
        "$L ->$W$T.$L($L$L)",
        rs,
        ResultCode.RESULTS,
        ResultCode.asyncHelper(shape),
        rs,
        ResultCode.extraArgument(shape, field));
  }

  /**
   * The {@code T} of a method returning {@code CompletionStage<T>} or {@code CompletableFuture<T>}.
   */
  private static TypeName valueType(TypeName returnType) {
    return ((ParameterizedTypeName) returnType).typeArguments().get(0);
  }

  static boolean isCompletableFuture(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized
        && parameterized.rawType().equals(COMPLETABLE_FUTURE);
  }
}
