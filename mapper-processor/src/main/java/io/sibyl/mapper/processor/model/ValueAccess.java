package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * How generated code binds and reads a Java value of one type.
 *
 * @param javaType the Java type
 * @param kind the access path
 * @param accessor for {@link Kind#DIRECT}, the suffix of the driver's typed setter and getter
 *     ({@code "Int"} for {@code setInt}/{@code getInt}); else null
 * @param genericType for {@link Kind#GENERIC} and {@link Kind#MAPPED}, an expression of the
 *     driver's {@code GenericType} for the Java type; else null
 * @param codecClass for {@link Kind#CODEC}, the user's codec class; else null
 * @param udtMappers for {@link Kind#MAPPED}, the generated UDT mapper classes involved
 */
public record ValueAccess(
    TypeName javaType,
    Kind kind,
    String accessor,
    CodeBlock genericType,
    ClassName codecClass,
    List<ClassName> udtMappers) {

  /** The access paths. */
  public enum Kind {
    /** A typed setter and getter of the driver ({@code setInt}, {@code getString}...). */
    DIRECT,
    /** {@code set(i, value, GenericType)} and {@code get(i, GenericType)}. */
    GENERIC,
    /** A user codec ({@code @Column(codec = ...)}). */
    CODEC,
    /** A codec built at run time for the {@code @Udt} types the value involves. */
    MAPPED
  }

  /** Copies the mappers. */
  public ValueAccess {
    udtMappers = List.copyOf(udtMappers);
  }

  /** Whether the Java type is a primitive (never null). */
  public boolean isPrimitive() {
    return javaType.isPrimitive();
  }
}
