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
import javax.lang.model.element.Modifier;

/**
 * Writes one repository method: bind the prepared statement, apply the options, execute (or not),
 * and convert the result; synchronously, or composed on {@code CompletionStage}s.
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
    CodeBlock bind = BindingCode.bind(field, plan, bs, type);
    ReturnShape shape = plan.returns();
    return spec.addCode(
            shape.async()
                ? async(method, shape, field, new Locals(bs, names.newName("rs")), bind)
                : sync(shape, field, bs, bind))
        .build();
  }

  private static CodeBlock sync(ReturnShape shape, String field, String bs, CodeBlock bind) {
    CodeBlock.Builder code =
        CodeBlock.builder()
            .addStatement("$T $L = this.$L.bind()", BOUND_STATEMENT, bs, field)
            .add(bind);
    CodeBlock execute = CodeBlock.of("this.support.execute($L)", bs);
    switch (shape.kind()) {
      case VOID -> code.addStatement("$L", execute);
      case RESULT_SET -> code.addStatement("return $L", execute);
      case BOUND_STATEMENT -> code.addStatement("return $L", bs);
      default ->
          code.addStatement(
              "return $T.$L($Z$L$L)",
              ResultCode.RESULTS,
              ResultCode.helper(shape),
              execute,
              ResultCode.extraArgument(shape, field));
    }
    return code.build();
  }

  /** The names of the lambda parameters of an async method: the statement and the result set. */
  private record Locals(String bs, String rs) {}

  private static CodeBlock async(
      RepositoryMethod method, ReturnShape shape, String field, Locals locals, CodeBlock bind) {
    String bs = locals.bs();
    CodeBlock.Builder code = CodeBlock.builder();
    code.add("return this.$L.bindAsync()\n", field).indent();
    if (shape.kind() == ReturnShape.Kind.BOUND_STATEMENT) {
      code.add(".thenApply($L -> {\n", bs).indent().add(bind).addStatement("return $L", bs);
      code.unindent().add("})");
    } else {
      code.add(".thenCompose($L -> {\n", bs)
          .indent()
          .add(bind)
          .addStatement("return this.support.executeAsync($L)", bs)
          .unindent()
          .add("})");
      if (shape.kind() == ReturnShape.Kind.VOID) {
        code.add("\n.thenCompose($T::voidAsync)", ResultCode.RESULTS);
      } else if (shape.kind() != ReturnShape.Kind.RESULT_SET) {
        code.add(
            "\n.thenCompose($L -> $T.$L($L$L))",
            locals.rs(),
            ResultCode.RESULTS,
            ResultCode.helper(shape),
            locals.rs(),
            ResultCode.extraArgument(shape, field));
      }
    }
    if (isCompletableFuture(method.returnType())) {
      code.add("\n.toCompletableFuture()");
    }
    return code.add(";\n").unindent().build();
  }

  private static boolean isCompletableFuture(TypeName type) {
    return type instanceof ParameterizedTypeName parameterized
        && parameterized.rawType().equals(COMPLETABLE_FUTURE);
  }
}
