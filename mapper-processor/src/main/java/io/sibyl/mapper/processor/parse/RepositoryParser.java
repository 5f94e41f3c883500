package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Increment;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.RepositoryModel;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/** Parses a {@code @Repository} interface: every abstract method, by kind. */
public final class RepositoryParser {

  private record Kind(
      Class<? extends Annotation> annotation, Function<MethodContext, RepositoryMethod> parser) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind(Insert.class, InsertMethodParser::parse),
          new Kind(Select.class, SelectMethodParser::parse),
          new Kind(Update.class, UpdateMethodParser::parse),
          new Kind(Delete.class, DeleteMethodParser::parse),
          new Kind(Increment.class, IncrementMethodParser::parse),
          new Kind(Query.class, QueryMethodParser::parse));

  private final ProcessorContext context;

  /** A parser in a processing context. */
  public RepositoryParser(ProcessorContext context) {
    this.context = context;
  }

  /** The model, or null when the interface has errors (reported). */
  public RepositoryModel parse(TypeElement type, Diagnostics diagnostics) {
    if (type.getKind() != ElementKind.INTERFACE) {
      diagnostics.report(Message.REPOSITORY_NOT_INTERFACE, type, type.getSimpleName());
      return null;
    }
    if (!type.getTypeParameters().isEmpty()) {
      diagnostics.report(Message.REPOSITORY_GENERIC, type);
      return null;
    }
    Repository repository = type.getAnnotation(Repository.class);
    AnnotationMirror mirror = MoreElements.mirror(type, Repository.class).orElse(null);
    String keyspace = "";
    if (!repository.keyspace().isEmpty()) {
      String internal = CqlNames.internalize(repository.keyspace());
      if (internal == null) {
        diagnostics.report(
            Message.COLUMN_NAME_INVALID,
            type,
            mirror,
            MoreElements.value(mirror, "keyspace"),
            repository.keyspace(),
            repository.keyspace());
        return null;
      }
      keyspace = CqlNames.quoteIfNeeded(internal);
    }
    List<ExecutableElement> methods = abstractMethods(type);
    TypeElement entity = defaultEntity(repository, methods);
    MethodContext.RepositoryInfo info =
        new MethodContext.RepositoryInfo(keyspace, repository.nullSaving(), entity);
    List<RepositoryMethod> parsed = new ArrayList<>();
    boolean failed = false;
    for (ExecutableElement method : methods) {
      RepositoryMethod result = method(method, info, diagnostics);
      failed |= result == null;
      if (result != null) {
        parsed.add(result);
      }
    }
    return failed || diagnostics.hasErrors()
        ? null
        : new RepositoryModel(ClassName.get(type), parsed);
  }

  private RepositoryMethod method(
      ExecutableElement method, MethodContext.RepositoryInfo info, Diagnostics diagnostics) {
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.report(Message.METHOD_GENERIC, method, method.getSimpleName());
      return null;
    }
    List<Kind> kinds =
        KINDS.stream().filter(k -> method.getAnnotation(k.annotation()) != null).toList();
    if (kinds.size() > 1) {
      diagnostics.report(
          Message.METHOD_KIND_CONFLICT,
          method,
          method.getSimpleName(),
          String.join(
              " and ", kinds.stream().map(k -> "@" + k.annotation().getSimpleName()).toList()));
      return null;
    }
    ParameterParser.Parameters params = ParameterParser.parse(method, diagnostics);
    if (params == null) {
      return null;
    }
    MethodContext ctx = new MethodContext(context, method, diagnostics, info, params);
    if (kinds.isEmpty()) {
      if (!FinderNameParser.looksDerived(method.getSimpleName().toString())) {
        diagnostics.report(Message.METHOD_NOT_DERIVABLE, method, method.getSimpleName());
        return null;
      }
      return DerivedMethodParser.parse(ctx);
    }
    return kinds.get(0).parser().apply(ctx);
  }

  private List<ExecutableElement> abstractMethods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (ExecutableElement method :
        ElementFilter.methodsIn(context.elements().getAllMembers(type))) {
      TypeElement owner = (TypeElement) method.getEnclosingElement();
      if (method.getModifiers().contains(Modifier.ABSTRACT)
          && owner.getKind() == ElementKind.INTERFACE) {
        methods.add(method);
      }
    }
    return methods;
  }

  private TypeElement defaultEntity(Repository repository, List<ExecutableElement> methods) {
    TypeMirror declared = MoreElements.classValue(repository::entity);
    if (declared.getKind() != TypeKind.VOID) {
      return MoreTypes.element(declared);
    }
    Set<TypeElement> seen = new LinkedHashSet<>();
    for (ExecutableElement method : methods) {
      ReturnTypeParser.ReturnInfo info = ReturnTypeParser.parse(method.getReturnType());
      if (info.entity() != null) {
        seen.add(info.entity());
      }
      for (VariableElement parameter : method.getParameters()) {
        TypeElement element = MoreTypes.element(parameter.asType());
        if (element != null && Polymorphism.isMapped(element)) {
          seen.add(element);
        }
      }
    }
    return seen.size() == 1 ? seen.iterator().next() : null;
  }
}
