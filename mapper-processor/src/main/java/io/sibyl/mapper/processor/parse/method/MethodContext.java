package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.generate.GeneratedNames;
import io.sibyl.mapper.processor.model.ParameterModel;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreElements;
import io.sibyl.mapper.processor.parse.Polymorphism;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/** What the parser of one repository method works with. */
final class MethodContext {

  final ProcessorContext processor;
  final ExecutableElement method;
  final Diagnostics diagnostics;
  final RepositoryInfo repository;
  final ParameterParser.Parameters params;
  final ReturnTypeParser.ReturnInfo returns;

  MethodContext(
      ProcessorContext processor,
      ExecutableElement method,
      Diagnostics diagnostics,
      RepositoryInfo repository,
      ParameterParser.Parameters params) {
    this.processor = processor;
    this.method = method;
    this.diagnostics = diagnostics;
    this.repository = repository;
    this.params = params;
    this.returns = ReturnTypeParser.parse(method.getReturnType());
  }

  String name() {
    return method.getSimpleName().toString();
  }

  /** Reports on the method. */
  void error(Message message, Object... args) {
    diagnostics.report(message, method, args);
  }

  /** Reports on an element. */
  void errorOn(Element element, Message message, Object... args) {
    diagnostics.report(message, element, args);
  }

  /** Reports on one attribute of one of the method's annotations. */
  void errorOnAttribute(
      Class<? extends Annotation> annotation, String attribute, Message message, Object... args) {
    AnnotationMirror mirror = MoreElements.mirror(method, annotation).orElse(null);
    diagnostics.report(message, method, mirror, MoreElements.value(mirror, attribute), args);
  }

  /**
   * The model of an entity, empty when it has errors (reported by its own step) or is not a
   * {@code @Table} (reported here). The base of a polymorphic table gives the whole table's model;
   * a subtype ({@code @DiscriminatorValue}) gives its own, whose writes carry its discriminator
   * value.
   */
  Optional<TableModel> table(TypeElement entity, Element blame) {
    if (entity.getAnnotation(DiscriminatorValue.class) != null) {
      return subtypeTable(entity);
    }
    if (entity.getAnnotation(Table.class) == null) {
      errorOn(blame, Message.ENTITY_NOT_TABLE, entity.getSimpleName());
      return Optional.empty();
    }
    Optional<TableModel> table = processor.catalog().table(entity);
    if (table.isEmpty()) {
      failedSilently = true;
    }
    return table;
  }

  /**
   * The model of an entity whose rows the method reads: as {@link #table}, but a subtype of a
   * polymorphic table is refused (its rows are read through the base, which checks each row's
   * discriminator).
   */
  Optional<TableModel> readTable(TypeElement entity, Element blame) {
    Optional<TableModel> table = table(entity, blame);
    if (table.isPresent() && table.get().isPolymorphic() && !table.get().discriminator().isBase()) {
      String name = entity.getSimpleName().toString();
      String base = table.get().discriminator().base().simpleName();
      errorOn(blame, Message.POLYMORPHIC_SUBTYPE_READ, name, table.get().cql(), base, name, name);
      return Optional.empty();
    }
    return table;
  }

  /** A subtype's model, found among its base's. */
  private Optional<TableModel> subtypeTable(TypeElement subtype) {
    TypeElement base = Polymorphism.discriminatedSupertype(subtype);
    Optional<TableModel> table =
        base == null
            ? Optional.empty()
            : processor.catalog().table(base).flatMap(b -> subtypeOf(b, subtype));
    if (table.isEmpty()) {
      failedSilently = true;
    }
    return table;
  }

  private static Optional<TableModel> subtypeOf(TableModel base, TypeElement subtype) {
    ClassName name = ClassName.get(subtype);
    return base.discriminator().subtypes().stream()
        .filter(s -> s.entity().equals(name))
        .findFirst();
  }

  /** Set when an entity with its own errors made this method fail without a message here. */
  boolean failedSilently;

  /** The generated table class of an entity. */
  static ClassName tableClass(TableModel table) {
    return GeneratedNames.table(table.entity());
  }

  /** The keyspace fixed at compile time: the entity's, else the repository's, else empty. */
  String keyspace(TableModel table) {
    return !table.keyspace().isEmpty() ? table.keyspace() : repository.keyspace();
  }

  /** The null-saving strategy: the method's, else the repository's, else the entity's. */
  NullSavingStrategy nullSaving(TableModel table, NullSavingStrategy declared) {
    if (declared != NullSavingStrategy.DEFAULT) {
      return declared;
    }
    if (repository.nullSaving() != NullSavingStrategy.DEFAULT) {
      return repository.nullSaving();
    }
    return table.nullSaving();
  }

  /** The method's parameters, all of them, in order. */
  List<ParameterModel> parameterModels() {
    return method.getParameters().stream()
        .map(p -> new ParameterModel(p.getSimpleName().toString(), TypeName.get(p.asType())))
        .toList();
  }
}
