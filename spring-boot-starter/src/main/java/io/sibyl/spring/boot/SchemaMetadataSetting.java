package io.sibyl.spring.boot;

import io.sibyl.driver.SessionBuilder;
import java.util.List;
import java.util.Locale;

/**
 * {@code sibyl.schema-metadata}: which keyspaces' schema metadata the session reads. {@code all}
 * (the default), {@code none}, {@code mapped} (none at start; the mapper adds the keyspaces of the
 * entities it maps, and any keyspace asked for is read then), or a list of keyspace names.
 */
final class SchemaMetadataSetting {
  static final String PROPERTY = "sibyl.schema-metadata";

  private SchemaMetadataSetting() {}

  /** Applies the setting to {@code builder}; an empty or null list changes nothing. */
  static void apply(List<String> values, SessionBuilder builder) {
    if (values == null || values.isEmpty()) {
      return;
    }
    List<String> names = values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList();
    if (names.size() == 1) {
      switch (names.get(0).toLowerCase(Locale.ROOT)) {
        case "all" -> {
          builder.schemaMetadataEnabled(true);
          return;
        }
        case "none" -> {
          builder.schemaMetadataEnabled(false);
          return;
        }
        case "mapped" -> {
          builder.schemaMetadataOnDemand();
          return;
        }
        default -> {}
      }
    }
    for (String name : names) {
      if (List.of("all", "none", "mapped").contains(name.toLowerCase(Locale.ROOT))) {
        throw new SibylStartupException(
            PROPERTY
                + "="
                + String.join(",", values)
                + " mixes '"
                + name
                + "' with other values: give either one of all, none or mapped, or a list of"
                + " keyspace names");
      }
    }
    if (names.isEmpty()) {
      return;
    }
    builder.schemaMetadata(names.toArray(String[]::new));
  }
}
