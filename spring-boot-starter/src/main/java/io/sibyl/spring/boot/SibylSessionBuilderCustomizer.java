package io.sibyl.spring.boot;

import io.sibyl.driver.SessionBuilder;

/**
 * Changes the {@link SessionBuilder} of the auto-configured session after the {@code sibyl.*}
 * properties were applied: declare beans of this type for settings that have no property (policies,
 * codecs, request trackers...). Customizers run in their {@code @Order}.
 */
@FunctionalInterface
public interface SibylSessionBuilderCustomizer {

  /** Changes the builder. */
  void customize(SessionBuilder builder);
}
