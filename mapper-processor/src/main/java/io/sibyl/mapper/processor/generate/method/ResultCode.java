package io.sibyl.mapper.processor.generate.method;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.sibyl.mapper.processor.model.ReturnShape;

/** The conversion of a driver result into a method's return type, through {@code Results}. */
final class ResultCode {

  static final ClassName RESULTS = ClassName.get("io.sibyl.mapper.generated", "Results");

  private ResultCode() {}

  /** The name of the {@code Results} method for a shape (sync, or the async variant). */
  static String helper(ReturnShape shape) {
    String name =
        switch (shape.kind()) {
          case ENTITY -> "one";
          case REQUIRED_ENTITY -> "required";
          case SINGLE_ENTITY -> "single";
          case EXACTLY_ONE_ENTITY -> "exactlyOne";
          case OPTIONAL -> "optional";
          case LIST -> "list";
          case STREAM -> "stream";
          case PAGING_ITERABLE -> "paging";
          case ASYNC_PAGE -> "page";
          case COUNT -> "count";
          case EXISTS -> "exists";
          case APPLIED -> "applied";
          case LWT -> "lwt";
          case VOID -> "void";
          case RESULT_SET -> "resultSet";
          case BOUND_STATEMENT -> "boundStatement";
          case BULK_RESULT ->
              throw new IllegalStateException("bulk saves are written by BulkSaveMethodGenerator");
        };
    return shape.async() ? name + "Async" : name;
  }

  /**
   * Whether the asynchronous conversion of a shape returns a stage, to compose: only those that
   * fetch every page do; the others are applied to the driver's stage with {@code thenApply}.
   */
  static boolean composed(ReturnShape shape) {
    return shape.kind() == ReturnShape.Kind.LIST || shape.kind() == ReturnShape.Kind.STREAM;
  }

  /**
   * The name of the {@code Results} method converting an {@code AsyncResultSet} for an asynchronous
   * shape: the synchronous name (overloaded for {@code AsyncResultSet}), except for the conversions
   * that return a stage ({@link #composed}).
   */
  static String asyncHelper(ReturnShape shape) {
    if (composed(shape)) {
      return helper(shape);
    }
    return shape.kind() == ReturnShape.Kind.ASYNC_PAGE
        ? "page"
        : helper(shape).replace("Async", "");
  }

  /** The extra argument of the conversion: the row reader or table, or nothing. */
  static CodeBlock extraArgument(ReturnShape shape, String statementField) {
    if (shape.kind() == ReturnShape.Kind.LWT) {
      return CodeBlock.of(",$W$T.INSTANCE", shape.table());
    }
    if (!shape.kind().readsEntities()) {
      return CodeBlock.of("");
    }
    CodeBlock reader =
        shape.byName()
            ? CodeBlock.of(",$Wthis.$L.reader($T.INSTANCE)", statementField, shape.table())
            : CodeBlock.of(",$W$T.INSTANCE", shape.table());
    return switch (shape.kind()) {
      // The statement and the table name the query in NotFound/TooManyResults messages.
      case REQUIRED_ENTITY, SINGLE_ENTITY, EXACTLY_ONE_ENTITY ->
          CodeBlock.of("$L,$Wthis.$L,$W$T.INSTANCE", reader, statementField, shape.table());
      default -> reader;
    };
  }
}
