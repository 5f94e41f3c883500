package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.sibyl.mapper.processor.generate.method.BulkSaveMethodGenerator;
import io.sibyl.mapper.processor.generate.method.ChangedColumnsMethodGenerator;
import io.sibyl.mapper.processor.generate.method.RepositoryClassBuilder;
import io.sibyl.mapper.processor.generate.method.StatementMethodGenerator;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.RepositoryModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code UserRepositoryImpl} (statements prepared once through {@code RepositorySupport},
 * one method per interface method) and {@code UserRepositoryImpl__Factory}, the service that
 * creates it without reflection.
 */
public final class RepositoryGenerator {

  private static final ClassName FACTORY =
      ClassName.get(TableGenerator.GENERATED_PACKAGE, "RepositoryFactory");

  private RepositoryGenerator() {}

  /** The implementation. */
  public static TypeSpec.Builder generate(RepositoryModel repository) {
    RepositoryClassBuilder body =
        new RepositoryClassBuilder(
            GeneratedNames.repositoryImpl(repository.type()), repository.type().simpleName());
    List<MethodSpec> methods = new ArrayList<>();
    for (RepositoryMethod method : repository.methods()) {
      methods.add(
          switch (method.kind()) {
            case UPDATE_CHANGES -> ChangedColumnsMethodGenerator.generate(method, body);
            case BULK_SAVE -> BulkSaveMethodGenerator.generate(method, body);
            default -> StatementMethodGenerator.generate(method, body);
          });
    }
    TypeSpec.Builder type =
        TypeSpec.classBuilder(GeneratedNames.repositoryImpl(repository.type()))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(repository.type());
    body.addTo(type);
    methods.forEach(type::addMethod);
    return type;
  }

  /** The factory, registered in {@code META-INF/services}. */
  public static TypeSpec.Builder factory(RepositoryModel repository) {
    ClassName impl = GeneratedNames.repositoryImpl(repository.type());
    TypeSpec.Builder factory =
        TypeSpec.classBuilder(GeneratedNames.repositoryFactory(repository.type()));
    if (!repository.connection().isEmpty()) {
      factory.addMethod(
          MethodSpec.methodBuilder("connection")
              .addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(String.class)
              .addStatement("return $S", repository.connection())
              .build());
    }
    return factory
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(ParameterizedTypeName.get(FACTORY, repository.type()))
        .addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("Creates the factory; the service loader calls this.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("repositoryType")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Class.class), repository.type()))
                .addStatement("return $T.class", repository.type())
                .build())
        .addMethod(
            MethodSpec.methodBuilder("create")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(repository.type())
                .addParameter(RepositoryClassBuilder.SUPPORT, "support")
                .addStatement("return new $T(support)", impl)
                .build());
  }
}
