package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Increment;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.parse.ProcessorContext;
import java.lang.annotation.Annotation;
import java.util.List;
import java.util.function.Function;
import javax.lang.model.element.ExecutableElement;

/**
 * Parses one abstract method of a {@code @Repository}: picks the parser of its kind (by annotation,
 * or by a derived name when it has none) and hands it a {@link MethodContext}.
 */
public final class RepositoryMethodParser {

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
  public RepositoryMethodParser(ProcessorContext context) {
    this.context = context;
  }

  /** The method's model, or null when it has errors (reported, or reported by its entity). */
  public RepositoryMethod parse(
      ExecutableElement method, RepositoryInfo repository, Diagnostics diagnostics) {
    // Rule: generated implementations cannot make up type arguments.
    if (!method.getTypeParameters().isEmpty()) {
      diagnostics.report(Message.METHOD_GENERIC, method, method.getSimpleName());
      return null;
    }
    // Rule: one kind annotation at most; none means a derived name (findBy..., countBy...).
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
    MethodContext ctx = new MethodContext(context, method, diagnostics, repository, params);
    if (kinds.isEmpty()
        ? BulkSaveMethodParser.named(ctx)
        : kinds.get(0).annotation() == Insert.class && BulkSaveMethodParser.takesMany(ctx)) {
      return BulkSaveMethodParser.parse(ctx);
    }
    if (kinds.isEmpty()) {
      if (!FinderNameParser.looksDerived(method.getSimpleName().toString())) {
        diagnostics.report(Message.METHOD_NOT_DERIVABLE, method, method.getSimpleName());
        return null;
      }
      return DerivedMethodParser.parse(ctx);
    }
    return kinds.get(0).parser().apply(ctx);
  }
}
