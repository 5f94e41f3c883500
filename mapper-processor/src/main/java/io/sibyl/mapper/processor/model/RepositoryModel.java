package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A {@code @Repository} interface, validated.
 *
 * @param type the interface
 * @param methods the methods to implement, in declaration order
 */
public record RepositoryModel(ClassName type, List<RepositoryMethod> methods) {

  /** Copies the methods. */
  public RepositoryModel {
    methods = List.copyOf(methods);
  }
}
