package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import io.sibyl.mapper.processor.generate.MetamodelGenerator;
import io.sibyl.mapper.processor.model.ParameterModel;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a changed-column update method ({@code void update(User before, User after)}): it hands
 * both versions to a {@code ChangedColumnUpdates} field made from the entity's metamodel, which
 * compares them without reflection and prepares one statement per shape of change. Reported to the
 * repository observer like every other method.
 */
public final class ChangedColumnsMethodGenerator {

  private static final ClassName CHANGED_COLUMNS =
      ClassName.get("io.sibyl.mapper.metamodel", "ChangedColumnUpdates");

  private ChangedColumnsMethodGenerator() {}

  /** The method, registering its field in {@code type}. */
  public static MethodSpec generate(RepositoryMethod method, RepositoryClassBuilder type) {
    ReturnShape shape = method.plan().returns();
    String field =
        type.field(
            method.name(),
            ParameterizedTypeName.get(CHANGED_COLUMNS, shape.entity()),
            CodeBlock.of(
                "$T.of(support, $T.METAMODEL_, $S)",
                CHANGED_COLUMNS,
                MetamodelGenerator.metamodelName(shape.entity()),
                method.plan().cql().keyspace()));
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
    String before = method.parameters().get(0).name();
    String after = method.parameters().get(1).name();
    Set<String> parameterNames =
        method.parameters().stream().map(ParameterModel::name).collect(Collectors.toSet());
    ObservedCode.Observation observation =
        new ObservedCode.Observation(
            type.repositoryConstant(parameterNames),
            method.name(),
            names.newName("call"),
            names.newName("e"));
    ObservedCode.Body body;
    if (shape.async()) {
      CodeBlock stage = CodeBlock.of("this.$L.updateAsync($L, $L)", field, before, after);
      if (shape.kind() == ReturnShape.Kind.VOID) {
        stage = CodeBlock.of("$L.thenApply($L -> null)", stage, names.newName("sent"));
      }
      if (StatementMethodGenerator.isCompletableFuture(method.returnType())) {
        stage = CodeBlock.of("$L.toCompletableFuture()", stage);
      }
      body = new ObservedCode.Body(CodeBlock.of(""), stage, method.returnType(), true);
      return spec.addCode(body.observed(observation, names.newName("stage"))).build();
    }
    CodeBlock call = CodeBlock.of("this.$L.update($L, $L)", field, before, after);
    body =
        shape.kind() == ReturnShape.Kind.VOID
            ? new ObservedCode.Body(
                CodeBlock.builder().addStatement("$L", call).build(),
                null,
                method.returnType(),
                false)
            : new ObservedCode.Body(CodeBlock.of(""), call, method.returnType(), false);
    return spec.addCode(body.observed(observation, names.newName("result"))).build();
  }
}
