package io.sibyl.driver.metadata;

import java.util.Map;

/**
 * A secondary index.
 *
 * @param name the index's name
 * @param kind {@code COMPOSITES}, {@code KEYS} or {@code CUSTOM}
 * @param options the index options, among them {@code target} (the indexed column) and, for custom
 *     indexes such as SAI, {@code class_name}
 */
public record IndexMetadata(String name, String kind, Map<String, String> options) {

  /** The indexed column or expression, as {@code system_schema} writes it. */
  public String target() {
    return options.getOrDefault("target", "");
  }
}
