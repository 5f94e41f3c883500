package io.sibyl.mapper.processor.model;

import com.palantir.javapoet.TypeName;

/**
 * A repository method parameter.
 *
 * @param name its name
 * @param type its type
 */
public record ParameterModel(String name, TypeName type) {}
