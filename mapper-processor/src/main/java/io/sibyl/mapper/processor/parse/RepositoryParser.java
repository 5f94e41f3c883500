package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.RepositoryModel;
import io.sibyl.mapper.processor.parse.method.BulkSaveMethodParser;
import io.sibyl.mapper.processor.parse.method.RepositoryInfo;
import io.sibyl.mapper.processor.parse.method.RepositoryMethodParser;
import io.sibyl.mapper.processor.parse.method.ReturnTypeParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/** Parses a {@code @Repository} interface: every abstract method, by kind. */
public final class RepositoryParser {

  private final ProcessorContext context;
  private final RepositoryMethodParser methods;

  /** A parser in a processing context. */
  public RepositoryParser(ProcessorContext context) {
    this.context = context;
    this.methods = new RepositoryMethodParser(context);
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
    if (!distinguishable(type, methods, diagnostics)) {
      return null;
    }
    TypeElement entity = defaultEntity(repository, methods);
    RepositoryInfo info = new RepositoryInfo(keyspace, repository.nullSaving(), entity);
    List<RepositoryMethod> parsed = new ArrayList<>();
    boolean failed = false;
    for (ExecutableElement method : methods) {
      RepositoryMethod result = this.methods.parse(method, info, diagnostics);
      failed |= result == null;
      if (result != null) {
        parsed.add(result);
      }
    }
    if (failed || diagnostics.hasErrors()) {
      return null;
    }
    String connection = connection(type, entity, methods, diagnostics);
    return connection == null ? null : new RepositoryModel(ClassName.get(type), parsed, connection);
  }

  /**
   * Rule: a repository runs on one session, so the entities it uses name one connection (empty for
   * the mapper's session); null when they name several (reported).
   */
  private String connection(
      TypeElement type,
      TypeElement defaultEntity,
      List<ExecutableElement> methods,
      Diagnostics diagnostics) {
    Set<TypeElement> entities = new LinkedHashSet<>();
    if (defaultEntity != null) {
      entities.add(defaultEntity);
    }
    entities.addAll(usedEntities(methods));
    Set<String> connections = new java.util.TreeSet<>();
    for (TypeElement entity : entities) {
      Table table = entity.getAnnotation(Table.class);
      connections.add(table == null ? "" : table.connection());
    }
    if (connections.size() > 1) {
      diagnostics.report(
          Message.REPOSITORY_CONNECTION_CONFLICT,
          type,
          type.getSimpleName(),
          String.join(
              ", ",
              connections.stream()
                  .map(c -> c.isEmpty() ? "the mapper's" : "'" + c + "'")
                  .toList()));
      return null;
    }
    return connections.isEmpty() ? "" : connections.iterator().next();
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

  /**
   * Rule: no two abstract methods may be override-equivalent (same name, same erased parameter
   * types). Java lets an interface inherit such methods from two parents; one generated method
   * would then have to run two statements. False when there is such a pair, reported on the method
   * of the interface that comes later in the repository's {@code extends} clauses (depth first).
   */
  private boolean distinguishable(
      TypeElement repository, List<ExecutableElement> unordered, Diagnostics diagnostics) {
    List<TypeElement> hierarchy = new ArrayList<>();
    collectInterfaces(repository, hierarchy);
    List<ExecutableElement> methods = new ArrayList<>(unordered);
    methods.sort(Comparator.comparingInt(m -> hierarchy.indexOf(m.getEnclosingElement())));
    boolean ok = true;
    for (int i = 0; i < methods.size(); i++) {
      for (int j = 0; j < i; j++) {
        ExecutableElement first = methods.get(j);
        ExecutableElement later = methods.get(i);
        if (sameSignature(first, later)) {
          diagnostics.report(
              Message.METHOD_OVERLOAD_AMBIGUOUS,
              later,
              later.getSimpleName(),
              later.getParameters().stream()
                  .map(p -> context.types().erasure(p.asType()).toString())
                  .collect(Collectors.joining(", ")),
              first.getEnclosingElement().getSimpleName(),
              later.getEnclosingElement().getSimpleName(),
              repository.getSimpleName());
          ok = false;
          break;
        }
      }
    }
    return ok;
  }

  /** {@code type} then its super-interfaces, depth first, in declaration order, each once. */
  private static void collectInterfaces(TypeElement type, List<TypeElement> into) {
    if (into.contains(type)) {
      return;
    }
    into.add(type);
    for (TypeMirror parent : type.getInterfaces()) {
      TypeElement element = MoreTypes.element(parent);
      if (element != null) {
        collectInterfaces(element, into);
      }
    }
  }

  private boolean sameSignature(ExecutableElement a, ExecutableElement b) {
    if (!a.getSimpleName().contentEquals(b.getSimpleName())
        || a.getParameters().size() != b.getParameters().size()) {
      return false;
    }
    Types types = context.types();
    for (int k = 0; k < a.getParameters().size(); k++) {
      TypeMirror x = types.erasure(a.getParameters().get(k).asType());
      TypeMirror y = types.erasure(b.getParameters().get(k).asType());
      if (!types.isSameType(x, y)) {
        return false;
      }
    }
    return true;
  }

  private TypeElement defaultEntity(Repository repository, List<ExecutableElement> methods) {
    TypeMirror declared = MoreElements.classValue(repository::entity);
    if (declared.getKind() != TypeKind.VOID) {
      return MoreTypes.element(declared);
    }
    Set<TypeElement> seen = usedEntities(methods);
    return seen.size() == 1 ? seen.iterator().next() : null;
  }

  /** The type that stands for a mapped entity's table: its polymorphic base, else itself. */
  private static TypeElement tableType(TypeElement entity) {
    TypeElement base = Polymorphism.discriminatedSupertype(entity);
    return base != null && entity.getAnnotation(Table.class) == null ? base : entity;
  }

  /** The mapped entities the methods return or take (a polymorphic subtype counts as its base). */
  private static Set<TypeElement> usedEntities(List<ExecutableElement> methods) {
    Set<TypeElement> seen = new LinkedHashSet<>();
    for (ExecutableElement method : methods) {
      ReturnTypeParser.ReturnInfo info = ReturnTypeParser.parse(method.getReturnType());
      if (info.entity() != null) {
        seen.add(tableType(info.entity()));
      }
      TypeElement bulk = BulkSaveMethodParser.entityOf(method);
      if (bulk != null) {
        seen.add(bulk);
      }
      for (VariableElement parameter : method.getParameters()) {
        TypeElement element = MoreTypes.element(parameter.asType());
        if (element != null && Polymorphism.isMapped(element)) {
          seen.add(tableType(element));
        }
      }
    }
    return seen;
  }
}
