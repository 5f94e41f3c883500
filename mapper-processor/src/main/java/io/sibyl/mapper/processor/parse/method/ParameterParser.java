package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.CallOptionModel;
import io.sibyl.mapper.processor.parse.MoreElements;
import io.sibyl.mapper.processor.parse.MoreTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Splits a method's parameters into values to bind and per-call options. */
public final class ParameterParser {

  /** The type of a whole-options parameter. */
  public static final String QUERY_OPTIONS = "io.sibyl.mapper.QueryOptions";

  /** A parameter to bind. */
  public record Param(String name, TypeMirror type, VariableElement element) {}

  /** The parameters of one method. */
  public record Parameters(List<Param> values, List<CallOptionModel> options) {

    /** The value parameter with this name, or null. */
    public Param value(String name) {
      return values.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    }

    /** The option parameters of one kind. */
    public List<CallOptionModel> options(CallOption.Kind kind) {
      return options.stream().filter(o -> o.kind() == kind).toList();
    }

    /** The whole-options parameter, or null. */
    public CallOptionModel queryOptions() {
      return options.stream().filter(o -> o.kind() == null).findFirst().orElse(null);
    }
  }

  private static final Map<CallOption.Kind, List<String>> TYPES =
      Map.of(
          CallOption.Kind.CONSISTENCY, List.of("io.sibyl.driver.Consistency"),
          CallOption.Kind.SERIAL_CONSISTENCY, List.of("io.sibyl.driver.Consistency"),
          CallOption.Kind.TIMEOUT, List.of("java.time.Duration"),
          CallOption.Kind.TTL, List.of("int", "java.lang.Integer"),
          CallOption.Kind.TIMESTAMP, List.of("long", "java.lang.Long"),
          CallOption.Kind.PAGE_SIZE, List.of("int", "java.lang.Integer"),
          CallOption.Kind.PAGING_STATE, List.of("java.nio.ByteBuffer"),
          CallOption.Kind.EXECUTION_PROFILE, List.of("java.lang.String"));

  private ParameterParser() {}

  /** Parses the parameters of {@code method}; null when one is misused (reported). */
  public static Parameters parse(ExecutableElement method, Diagnostics diagnostics) {
    List<Param> values = new ArrayList<>();
    List<CallOptionModel> options = new ArrayList<>();
    List<? extends VariableElement> parameters = method.getParameters();
    boolean failed = false;
    for (int i = 0; i < parameters.size(); i++) {
      VariableElement parameter = parameters.get(i);
      String name = parameter.getSimpleName().toString();
      TypeMirror type = parameter.asType();
      CallOption option = parameter.getAnnotation(CallOption.class);
      if (MoreTypes.isDeclared(type, QUERY_OPTIONS)) {
        if (i != parameters.size() - 1) {
          diagnostics.report(
              Message.OPTION_PARAMETER_NOT_LAST, parameter, method.getSimpleName(), name);
          failed = true;
        }
        options.add(new CallOptionModel(name, null, true));
      } else if (option != null) {
        List<String> allowed = TYPES.get(option.value());
        String actual =
            type.getKind().isPrimitive()
                ? type.toString()
                : MoreTypes.element(type) == null
                    ? type.toString()
                    : MoreTypes.element(type).getQualifiedName().toString();
        if (!allowed.contains(actual)) {
          diagnostics.report(
              Message.OPTION_PARAMETER_TYPE,
              parameter,
              MoreElements.mirror(parameter, CallOption.class).orElse(null),
              null,
              option.value(),
              name,
              allowed.get(0),
              type);
          failed = true;
        }
        String earlier = firstWithKind(options, option.value());
        if (earlier != null) {
          diagnostics.report(
              Message.OPTION_PARAMETER_DUPLICATE,
              parameter,
              MoreElements.mirror(parameter, CallOption.class).orElse(null),
              null,
              method.getSimpleName(),
              option.value(),
              earlier,
              name);
          failed = true;
        }
        options.add(new CallOptionModel(name, option.value(), !type.getKind().isPrimitive()));
      } else {
        values.add(new Param(name, type, parameter));
      }
    }
    return failed ? null : new Parameters(values, options);
  }

  private static String firstWithKind(List<CallOptionModel> options, CallOption.Kind kind) {
    return options.stream()
        .filter(o -> o.kind() == kind)
        .map(CallOptionModel::parameter)
        .findFirst()
        .orElse(null);
  }
}
