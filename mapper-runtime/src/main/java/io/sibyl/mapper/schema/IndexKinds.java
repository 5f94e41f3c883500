package io.sibyl.mapper.schema;

import io.sibyl.driver.metadata.IndexMetadata;
import io.sibyl.mapper.annotations.IndexType;
import java.util.Locale;

/**
 * Describes an index's kind in words, for the model and for the live schema alike, so that schema
 * sync sees when an index of the model's name is of another kind or SASI mode in the schema.
 */
final class IndexKinds {

  private IndexKinds() {}

  /** The kind of a declared index: {@code a SASI index in CONTAINS mode}. */
  static String of(IndexSchema index) {
    return switch (index.type()) {
      case SECONDARY -> "a secondary index";
      case STORAGE_ATTACHED -> "a storage-attached index";
      case SASI_PREFIX, SASI_CONTAINS, SASI_SPARSE ->
          "a SASI index in " + index.type().sasiMode() + " mode";
    };
  }

  /**
   * The kind of a live index, from its {@code class_name} and {@code mode} options (a SASI index
   * without a mode is in {@code PREFIX} mode, Cassandra's default).
   */
  static String of(IndexMetadata index) {
    String className = index.options().get("class_name");
    if (className == null || className.isEmpty()) {
      return "a secondary index";
    }
    if (className.equals("StorageAttachedIndex") || className.endsWith(".StorageAttachedIndex")) {
      return "a storage-attached index";
    }
    if (className.equals(IndexType.SASI_CLASS) || className.equals("SASIIndex")) {
      String mode = index.options().getOrDefault("mode", "PREFIX").toUpperCase(Locale.ROOT);
      return "a SASI index in " + mode + " mode";
    }
    return "a custom index of class " + className;
  }
}
