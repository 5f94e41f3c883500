package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.CqlTemplate;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.StatementPlan;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;

/**
 * Parses the bulk save shape: {@code BulkResult<E> saveAll(Iterable<E> entities)} (or a {@code
 * Collection}, {@code List}, {@code Set} or {@code Stream} of entities), optionally followed by a
 * {@code BulkOptions}; returning the {@code BulkResult}, the result in a {@code CompletionStage},
 * or void (which throws {@code BulkWriteException} when an entity was not written). Declared by its
 * name ({@code saveAll...} without annotation) or by {@code @Insert} on a method taking the
 * entities. The inserts are built at run time from the entity's metamodel, so the plan holds only
 * the table.
 */
public final class BulkSaveMethodParser {

  /** The type of the optional options parameter. */
  static final String BULK_OPTIONS = "io.sibyl.mapper.bulk.BulkOptions";

  private static final String BULK_RESULT = "io.sibyl.mapper.bulk.BulkResult";

  private static final Set<String> SOURCES =
      Set.of(
          "java.lang.Iterable",
          "java.util.Collection",
          "java.util.List",
          "java.util.Set",
          "java.util.stream.Stream");

  private BulkSaveMethodParser() {}

  /** Whether a method without kind annotation is meant as a bulk save: its name says so. */
  static boolean named(MethodContext ctx) {
    return ctx.name().startsWith("saveAll");
  }

  /** Whether an {@code @Insert} method is meant as a bulk save: it takes several entities. */
  static boolean takesMany(MethodContext ctx) {
    List<ParameterParser.Param> values = ctx.params.values();
    return !values.isEmpty() && source(values.get(0).type()) != null;
  }

  /**
   * The entity a bulk save method writes (its first parameter's elements), or null when the method
   * is not one: for the repository's entities and connection.
   */
  public static TypeElement entityOf(ExecutableElement method) {
    boolean bulk =
        method.getAnnotation(Insert.class) != null
            || method.getSimpleName().toString().startsWith("saveAll");
    return bulk && !method.getParameters().isEmpty()
        ? source(method.getParameters().get(0).asType())
        : null;
  }

  static RepositoryMethod parse(MethodContext ctx) {
    List<ParameterParser.Param> values = ctx.params.values();
    TypeElement entity = values.isEmpty() ? null : source(values.get(0).type());
    boolean withOptions =
        values.size() == 2 && MoreTypes.isDeclared(values.get(1).type(), BULK_OPTIONS);
    if (entity == null || !ctx.params.options().isEmpty() || (values.size() != 1 && !withOptions)) {
      ctx.error(
          Message.BULK_SAVE_PARAMETERS,
          ctx.name(),
          "("
              + String.join(
                  ", ",
                  ctx.method.getParameters().stream()
                      .map(p -> p.asType() + " " + p.getSimpleName())
                      .toList())
              + ")",
          ctx.name());
      return null;
    }
    NullSavingStrategy nullSaving = attributes(ctx);
    if (nullSaving == null) {
      return null;
    }
    TableModel table = ctx.table(entity, values.get(0).element()).orElse(null);
    if (table == null) {
      return null;
    }
    if (table.isCounterTable()) {
      ctx.error(Message.INSERT_INTO_COUNTER_TABLE, table.cql());
      return null;
    }
    // Rule: writing nulls as nulls leaves tombstones, a warning (as for @Insert).
    nullSaving = ctx.nullSaving(table, nullSaving);
    if (nullSaving == NullSavingStrategy.SET_TO_NULL) {
      ctx.error(Message.NULLS_WRITE_TOMBSTONES, "Bulk save method " + ctx.name() + "()");
    }
    TypeMirror declared = ctx.method.getReturnType();
    boolean async =
        MoreTypes.isDeclared(declared, "java.util.concurrent.CompletionStage")
            || MoreTypes.isDeclared(declared, "java.util.concurrent.CompletableFuture");
    TypeMirror inner =
        async && MoreTypes.arguments(declared).size() == 1
            ? MoreTypes.arguments(declared).get(0)
            : declared;
    boolean result =
        MoreTypes.isDeclared(inner, BULK_RESULT)
            && MoreTypes.arguments(inner).size() == 1
            && entity.equals(MoreTypes.element(MoreTypes.arguments(inner).get(0)));
    boolean nothing = declared.getKind() == TypeKind.VOID;
    if (!result && !nothing) {
      ctx.error(Message.BULK_SAVE_RETURN, entity.getSimpleName(), declared);
      return null;
    }
    ReturnShape shape =
        new ReturnShape(
            nothing ? ReturnShape.Kind.VOID : ReturnShape.Kind.BULK_RESULT,
            async,
            table.entity(),
            MethodContext.tableClass(table),
            false);
    StatementPlan plan =
        new StatementPlan(
            new CqlTemplate("", table.cql(), ctx.keyspace(table), ""),
            true,
            List.of(),
            List.of(),
            -1,
            shape,
            nullSaving);
    return new RepositoryMethod(
        RepositoryMethod.Kind.BULK_SAVE,
        ctx.name(),
        ctx.parameterModels(),
        TypeName.get(ctx.method.getReturnType()),
        plan);
  }

  /**
   * Rule: a bulk save writes plain inserts; of {@code @Insert}'s attributes only {@code nullSaving}
   * applies. The declared strategy, or null when another attribute is set (reported).
   */
  private static NullSavingStrategy attributes(MethodContext ctx) {
    Insert insert = ctx.method.getAnnotation(Insert.class);
    if (insert == null) {
      return NullSavingStrategy.DEFAULT;
    }
    List<String> set = new ArrayList<>();
    if (insert.ifNotExists()) {
      set.add("ifNotExists");
    }
    if (!insert.ttl().isEmpty()) {
      set.add("ttl");
    }
    if (!insert.timestamp().isEmpty()) {
      set.add("timestamp");
    }
    if (set.isEmpty()) {
      return insert.nullSaving();
    }
    ctx.errorOnAttribute(Insert.class, set.get(0), Message.BULK_SAVE_INSERT_OPTIONS, set.get(0));
    return null;
  }

  /** The mapped entity a parameter type supplies several of, or null. */
  private static TypeElement source(TypeMirror type) {
    TypeElement container = MoreTypes.element(type);
    if (container == null || !SOURCES.contains(container.getQualifiedName().toString())) {
      return null;
    }
    List<? extends TypeMirror> arguments = MoreTypes.arguments(type);
    if (arguments.size() != 1) {
      return null;
    }
    TypeMirror argument = arguments.get(0);
    if (argument.getKind() == TypeKind.WILDCARD) {
      argument = ((WildcardType) argument).getExtendsBound();
    }
    TypeElement element = argument == null ? null : MoreTypes.element(argument);
    return element != null && Polymorphism.isMapped(element) ? element : null;
  }
}
