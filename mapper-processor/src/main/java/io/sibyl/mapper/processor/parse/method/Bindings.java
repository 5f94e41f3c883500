package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.ValueAccess;
import io.sibyl.mapper.processor.parse.CqlTypeResolver;
import java.util.List;

/** Turns parameters into bindings, checking that their types fit their columns. */
final class Bindings {

  private Bindings() {}

  /**
   * The binding of {@code param} at {@code index}, related to {@code column} by {@code operator}
   * (EQ for a written value); null when its type does not fit (reported).
   */
  static Binding forColumn(
      MethodContext ctx,
      TableModel table,
      ParameterParser.Param param,
      ColumnModel column,
      Operator operator,
      int index,
      boolean written) {
    TypeName type = TypeName.get(param.type());
    TypeName columnType = column.value().javaType();
    switch (operator) {
      case IN -> {
        if (!fitsCollection(type, columnType)) {
          ctx.errorOn(
              param.element(),
              Message.PARAMETER_TYPE_MISMATCH,
              param.name(),
              type,
              column.cql(),
              "values of " + columnType.box() + " (IN takes a List<" + columnType.box() + ">)");
          return null;
        }
        return value(ctx, param, index);
      }
      case CONTAINS, CONTAINS_KEY -> {
        return value(ctx, param, index);
      }
      default -> {
        if (!type.box().equals(columnType.box())) {
          ctx.errorOn(
              param.element(),
              Message.PARAMETER_TYPE_MISMATCH,
              param.name(),
              type,
              column.cql(),
              columnType);
          return null;
        }
        return new Binding.Column(
            index, param.name(), MethodContext.tableClass(table), column, written);
      }
    }
  }

  /** The binding of a parameter by its own type; null when it cannot be bound (reported). */
  static Binding value(MethodContext ctx, ParameterParser.Param param, int index) {
    try {
      ValueAccess access = new CqlTypeResolver(ctx.processor).accessFor(param.type(), param.name());
      return new Binding.Value(index, param.name(), access);
    } catch (CqlTypeResolver.Failure failure) {
      ctx.errorOn(param.element(), Message.PARAMETER_TYPE_UNSUPPORTED, param.name(), param.type());
      return null;
    }
  }

  private static boolean fitsCollection(TypeName type, TypeName element) {
    if (!(type instanceof ParameterizedTypeName parameterized)) {
      return false;
    }
    String raw = parameterized.rawType().canonicalName();
    List<TypeName> arguments = parameterized.typeArguments();
    return (raw.equals("java.util.List") || raw.equals("java.util.Set"))
        && arguments.size() == 1
        && arguments.get(0).equals(element.box());
  }
}
