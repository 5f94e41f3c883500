package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.generate.MetamodelGenerator;
import io.sibyl.mapper.processor.model.ParameterModel;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes a bulk save method ({@code BulkResult<User> saveAll(Iterable<User> users)}): it hands the
 * entities' iterator to a {@code RepositoryBulkSave} field made from the entity's metamodel, and
 * reports the whole write as one call to the repository observer ({@code ObservedBulk}).
 */
public final class BulkSaveMethodGenerator {

  private static final String BULK = "io.sibyl.mapper.bulk";
  private static final ClassName BULK_SAVE = ClassName.get(BULK, "RepositoryBulkSave");
  private static final ClassName BULK_OPTIONS = ClassName.get(BULK, "BulkOptions");
  private static final ClassName OBSERVED_BULK = ClassName.get(BULK, "ObservedBulk");

  private BulkSaveMethodGenerator() {}

  /** The method, registering its field in {@code type}. */
  public static MethodSpec generate(RepositoryMethod method, RepositoryClassBuilder type) {
    ReturnShape shape = method.plan().returns();
    String field =
        type.field(
            method.name(),
            ParameterizedTypeName.get(BULK_SAVE, shape.entity()),
            CodeBlock.of(
                "$T.of(support, $T.METAMODEL_, $S, $T.$L)",
                BULK_SAVE,
                MetamodelGenerator.metamodelName(shape.entity()),
                method.plan().cql().keyspace(),
                NullSavingStrategy.class,
                method.plan().nullSaving().name()));
    MethodSpec.Builder spec =
        MethodSpec.methodBuilder(method.name())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(method.returnType());
    for (ParameterModel parameter : method.parameters()) {
      spec.addParameter(parameter.type(), parameter.name());
    }
    String entities = method.parameters().get(0).name();
    CodeBlock options =
        method.parameters().size() > 1
            ? CodeBlock.of("$L", method.parameters().get(1).name())
            : CodeBlock.of("$T.defaults()", BULK_OPTIONS);
    Set<String> parameterNames =
        method.parameters().stream().map(ParameterModel::name).collect(Collectors.toSet());
    CodeBlock repository = type.repositoryConstant(parameterNames);
    CodeBlock call =
        CodeBlock.of(
            "$T.$L(this.$L, $L, $S,$W() -> this.$L.$L($L.iterator(), $L))",
            OBSERVED_BULK,
            shape.async() ? "callAsync" : "call",
            RepositoryClassBuilder.OBSERVER_FIELD,
            repository,
            method.name(),
            field,
            shape.async() ? "saveAllAsync" : "saveAll",
            entities,
            options);
    if (shape.kind() == ReturnShape.Kind.VOID) {
      return spec.addStatement("$L.orThrow()", call).build();
    }
    if (shape.async() && StatementMethodGenerator.isCompletableFuture(method.returnType())) {
      call = CodeBlock.of("$L.toCompletableFuture()", call);
    }
    return spec.addStatement("return $L", call).build();
  }
}
