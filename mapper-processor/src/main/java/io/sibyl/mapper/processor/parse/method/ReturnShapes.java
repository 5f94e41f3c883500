package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.MoreTypes;
import io.sibyl.mapper.processor.parse.method.ReturnTypeParser.Raw;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Checks a method's return type against what its kind can produce. */
final class ReturnShapes {

  private ReturnShapes() {}

  /**
   * The shape of the method's return type, or null when its kind cannot produce it (reported).
   *
   * @param label the method kind for messages ({@code "@Insert"})
   * @param allowed the return types the kind can produce here
   * @param booleanKind what a boolean means (APPLIED or EXISTS), or null when none is allowed
   * @param table the table whose entities are read, or null
   */
  static ReturnShape resolve(
      MethodContext ctx,
      String label,
      Set<Raw> allowed,
      ReturnShape.Kind booleanKind,
      TableModel table,
      String why) {
    ReturnTypeParser.ReturnInfo info = ctx.returns;
    Raw raw = info.raw();
    boolean fits = allowed.contains(raw == Raw.ASYNC_RESULT_SET ? Raw.RESULT_SET : raw);
    if (raw == Raw.RESULT_SET && info.async()
        || raw == Raw.ASYNC_RESULT_SET && !info.async()
        || raw == Raw.PAGING_ITERABLE && info.async()
        || raw == Raw.ASYNC_PAGE && !info.async()) {
      fits = false;
    }
    if (raw == Raw.BOOLEAN && booleanKind == null) {
      fits = false;
    }
    if (!fits) {
      ctx.error(
          Message.RETURN_TYPE_UNSUPPORTED,
          label,
          ctx.method.getReturnType(),
          why == null ? "return one of " + describe(allowed) : why);
      return null;
    }
    ReturnShape.Kind kind =
        switch (raw) {
          case VOID -> ReturnShape.Kind.VOID;
          case BOOLEAN -> booleanKind;
          case LONG -> ReturnShape.Kind.COUNT;
          case ENTITY -> ReturnShape.Kind.ENTITY;
          case OPTIONAL -> ReturnShape.Kind.OPTIONAL;
          case LIST -> ReturnShape.Kind.LIST;
          case STREAM -> ReturnShape.Kind.STREAM;
          case PAGING_ITERABLE -> ReturnShape.Kind.PAGING_ITERABLE;
          case ASYNC_PAGE -> ReturnShape.Kind.ASYNC_PAGE;
          case LWT -> ReturnShape.Kind.LWT;
          case RESULT_SET, ASYNC_RESULT_SET -> ReturnShape.Kind.RESULT_SET;
          case BOUND_STATEMENT -> ReturnShape.Kind.BOUND_STATEMENT;
          case OTHER -> throw new IllegalStateException("unreachable");
        };
    kind = declaredResultChecks(ctx, kind);
    if (kind == null) {
      return null;
    }
    ClassName entity = info.entity() == null ? null : ClassName.get(info.entity());
    if (entity != null && table != null && !entity.equals(table.entity())) {
      ctx.error(
          Message.RETURN_TYPE_UNSUPPORTED,
          label,
          ctx.method.getReturnType(),
          "the statement reads " + table.entity().simpleName() + " rows; return that type");
      return null;
    }
    ClassName tableClass = table == null ? null : MethodContext.tableClass(table);
    return new ReturnShape(kind, info.async(), entity, tableClass, false);
  }

  /**
   * Rule: a method that declares {@code throws NotFoundException} or {@code throws
   * TooManyResultsException} reads one entity, and gets the checks it declares; null when it does
   * not read one entity (reported).
   */
  private static ReturnShape.Kind declaredResultChecks(MethodContext ctx, ReturnShape.Kind kind) {
    boolean notFound = false;
    boolean tooMany = false;
    for (javax.lang.model.type.TypeMirror thrown : ctx.method.getThrownTypes()) {
      notFound |= MoreTypes.isDeclared(thrown, "io.sibyl.mapper.NotFoundException");
      tooMany |= MoreTypes.isDeclared(thrown, "io.sibyl.mapper.TooManyResultsException");
    }
    if (!notFound && !tooMany) {
      return kind;
    }
    if (kind != ReturnShape.Kind.ENTITY) {
      ctx.error(
          Message.RESULT_EXCEPTION_UNSUPPORTED,
          ctx.name(),
          notFound ? "NotFoundException" : "TooManyResultsException",
          ctx.method.getReturnType());
      return null;
    }
    return notFound && tooMany
        ? ReturnShape.Kind.EXACTLY_ONE_ENTITY
        : notFound ? ReturnShape.Kind.REQUIRED_ENTITY : ReturnShape.Kind.SINGLE_ENTITY;
  }

  /** The writes' return types. */
  static Set<Raw> writes(boolean conditional) {
    return conditional
        ? EnumSet.of(Raw.VOID, Raw.BOOLEAN, Raw.LWT, Raw.RESULT_SET, Raw.BOUND_STATEMENT)
        : EnumSet.of(Raw.VOID, Raw.RESULT_SET, Raw.BOUND_STATEMENT);
  }

  /** The entity reads' return types. */
  static Set<Raw> reads() {
    return EnumSet.of(
        Raw.ENTITY,
        Raw.OPTIONAL,
        Raw.LIST,
        Raw.STREAM,
        Raw.PAGING_ITERABLE,
        Raw.ASYNC_PAGE,
        Raw.RESULT_SET,
        Raw.BOUND_STATEMENT);
  }

  private static String describe(Set<Raw> allowed) {
    List<String> names = new ArrayList<>();
    for (Raw raw : allowed) {
      names.add(
          switch (raw) {
            case VOID -> "void";
            case BOOLEAN -> "boolean";
            case LONG -> "long";
            case ENTITY -> "the entity";
            case OPTIONAL -> "Optional<E>";
            case LIST -> "List<E>";
            case STREAM -> "Stream<E>";
            case PAGING_ITERABLE -> "PagingIterable<E>";
            case ASYNC_PAGE -> "AsyncPage<E> (in a CompletionStage)";
            case LWT -> "LwtResult<E>";
            case RESULT_SET -> "ResultSet (AsyncResultSet in a CompletionStage)";
            case ASYNC_RESULT_SET -> "AsyncResultSet";
            case BOUND_STATEMENT -> "BoundStatement";
            case OTHER -> "?";
          });
    }
    return String.join(", ", names) + ", or these in a CompletionStage";
  }
}
