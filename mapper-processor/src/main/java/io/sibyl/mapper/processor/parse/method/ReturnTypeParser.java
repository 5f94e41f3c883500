package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.Polymorphism;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Classifies a repository method's return type, unwrapping {@code CompletionStage<...>}. */
public final class ReturnTypeParser {

  /** The recognized return types. */
  public enum Raw {
    VOID,
    BOOLEAN,
    LONG,
    ENTITY,
    OPTIONAL,
    LIST,
    STREAM,
    PAGING_ITERABLE,
    ASYNC_PAGE,
    LWT,
    RESULT_SET,
    ASYNC_RESULT_SET,
    BOUND_STATEMENT,
    OTHER
  }

  /**
   * A classified return type.
   *
   * @param raw what it is
   * @param async whether it was wrapped in a {@code CompletionStage} or {@code CompletableFuture}
   * @param entity the {@code @Table} type it carries, or null
   * @param element the type inside the container (for messages), or the type itself
   */
  public record ReturnInfo(Raw raw, boolean async, TypeElement entity, TypeMirror element) {}

  private static final Map<String, Raw> CONTAINERS =
      Map.of(
          "java.util.Optional", Raw.OPTIONAL,
          "java.util.List", Raw.LIST,
          "java.util.stream.Stream", Raw.STREAM,
          "io.sibyl.mapper.PagingIterable", Raw.PAGING_ITERABLE,
          "io.sibyl.mapper.AsyncPage", Raw.ASYNC_PAGE,
          "io.sibyl.mapper.LwtResult", Raw.LWT);

  private static final Map<String, Raw> PLAIN =
      Map.of(
          "java.lang.Boolean", Raw.BOOLEAN,
          "java.lang.Long", Raw.LONG,
          "java.lang.Void", Raw.VOID,
          "io.sibyl.driver.ResultSet", Raw.RESULT_SET,
          "io.sibyl.driver.AsyncResultSet", Raw.ASYNC_RESULT_SET,
          "io.sibyl.driver.BoundStatement", Raw.BOUND_STATEMENT);

  private ReturnTypeParser() {}

  /** Classifies {@code type}. */
  public static ReturnInfo parse(TypeMirror type) {
    if (MoreTypes.isDeclared(type, "java.util.concurrent.CompletionStage")
        || MoreTypes.isDeclared(type, "java.util.concurrent.CompletableFuture")) {
      List<? extends TypeMirror> arguments = MoreTypes.arguments(type);
      if (arguments.size() != 1) {
        return new ReturnInfo(Raw.OTHER, true, null, type);
      }
      ReturnInfo inner = classify(arguments.get(0));
      return new ReturnInfo(inner.raw(), true, inner.entity(), inner.element());
    }
    ReturnInfo info = classify(type);
    return info.raw() == Raw.VOID && type.getKind() != TypeKind.VOID
        ? new ReturnInfo(Raw.OTHER, false, null, type)
        : info;
  }

  private static ReturnInfo classify(TypeMirror type) {
    switch (type.getKind()) {
      case VOID:
        return new ReturnInfo(Raw.VOID, false, null, type);
      case BOOLEAN:
        return new ReturnInfo(Raw.BOOLEAN, false, null, type);
      case LONG:
        return new ReturnInfo(Raw.LONG, false, null, type);
      case DECLARED:
        break;
      default:
        return new ReturnInfo(Raw.OTHER, false, null, type);
    }
    TypeElement element = MoreTypes.element(type);
    String name = element.getQualifiedName().toString();
    Raw plain = PLAIN.get(name);
    if (plain != null) {
      return new ReturnInfo(plain, false, null, type);
    }
    Raw container = CONTAINERS.get(name);
    if (container != null) {
      List<? extends TypeMirror> arguments = MoreTypes.arguments(type);
      TypeElement entity = arguments.size() == 1 ? tableOf(arguments.get(0)) : null;
      return new ReturnInfo(
          entity == null ? Raw.OTHER : container,
          false,
          entity,
          arguments.isEmpty() ? type : arguments.get(0));
    }
    TypeElement entity = tableOf(type);
    return new ReturnInfo(entity == null ? Raw.OTHER : Raw.ENTITY, false, entity, type);
  }

  private static TypeElement tableOf(TypeMirror type) {
    TypeElement element = MoreTypes.element(type);
    return element != null && Polymorphism.isMapped(element) ? element : null;
  }
}
