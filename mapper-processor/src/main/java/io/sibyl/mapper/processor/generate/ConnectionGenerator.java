package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.MethodSpec;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code connection()} method of a table descriptor whose entity names a connection
 * ({@code @Table(connection = "reporting")}); descriptors of entities that name none inherit the
 * interface's default (the mapper's session).
 */
public final class ConnectionGenerator {

  private ConnectionGenerator() {}

  /** {@code public String connection() { return "reporting"; }}. */
  public static MethodSpec method(String connection) {
    return MethodSpec.methodBuilder("connection")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S", connection)
        .build();
  }
}
