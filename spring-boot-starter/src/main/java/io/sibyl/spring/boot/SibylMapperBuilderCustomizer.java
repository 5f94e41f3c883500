package io.sibyl.spring.boot;

import io.sibyl.mapper.MapperBuilder;

/**
 * Changes the {@link MapperBuilder} of the auto-configured mapper after the {@code sibyl.*}
 * properties were applied (null saving, statement preparation, application version...). Customizers
 * run in their {@code @Order}.
 */
@FunctionalInterface
public interface SibylMapperBuilderCustomizer {

  /** Changes the builder. */
  void customize(MapperBuilder builder);
}
