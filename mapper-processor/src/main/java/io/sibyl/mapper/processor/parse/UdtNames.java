package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.Udt;
import io.sibyl.mapper.processor.ProcessorOptions;
import io.sibyl.mapper.processor.model.CqlNames;
import javax.lang.model.element.TypeElement;

/** The CQL name of a {@code @Udt} type, as tables that use it refer to it. */
public final class UdtNames {

  private UdtNames() {}

  /** The stored name: {@code @Udt(name)}, or the simple name through the naming strategy. */
  public static String storedName(TypeElement type, ProcessorOptions options) {
    Udt udt = type.getAnnotation(Udt.class);
    if (udt != null && !udt.name().isEmpty()) {
      String internal = CqlNames.internalize(udt.name());
      return internal == null ? udt.name() : internal;
    }
    return NamingStrategies.apply(
        options.resolve(udt == null ? options.naming() : udt.naming()),
        type.getSimpleName().toString());
  }

  /** The name as written in CQL. */
  public static String cqlName(TypeElement type, ProcessorOptions options) {
    return CqlNames.quoteIfNeeded(storedName(type, options));
  }
}
