package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Repository} interface, validated.
 *
 * @param type the interface
 * @param methods the methods to implement, in declaration order
 * @param connection the named connection of the entities it uses ({@code @Table(connection)}), or
 *     empty for the mapper's session
 */
public record RepositoryModel(ClassName type, List<RepositoryMethod> methods, String connection) {

  /** Copies the methods. */
  public RepositoryModel {
    methods = List.copyOf(methods);
    connection = connection == null ? "" : connection;
  }

  /** A repository on the mapper's session. */
  public RepositoryModel(ClassName type, List<RepositoryMethod> methods) {
    this(type, methods, "");
  }
}
