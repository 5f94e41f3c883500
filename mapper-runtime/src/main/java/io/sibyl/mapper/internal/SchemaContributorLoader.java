package io.sibyl.mapper.internal;

import io.sibyl.mapper.schema.SchemaContributor;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the schema models that the annotation processor registered ({@code
 * META-INF/services/io.sibyl.mapper.schema.SchemaContributor}), and warns when there is none at
 * all: schema sync then has nothing to create, which nearly always means that the processor did not
 * run on the entities, or that they are loaded by another class loader.
 */
public final class SchemaContributorLoader {

  /** The service file the processor writes. */
  public static final String SERVICE_FILE =
      "META-INF/services/" + SchemaContributor.class.getName();

  private static final Logger LOG = LoggerFactory.getLogger(SchemaContributorLoader.class);
  private static final int MAX_CLASS_PATH_CHARS = 2000;

  private SchemaContributorLoader() {}

  /** The contributors visible to {@code loader}; warns (WARN) when there is none. */
  public static List<SchemaContributor> load(ClassLoader loader) {
    return load(loader, LOG::warn);
  }

  /** The contributors visible to {@code loader}, without a warning when there is none. */
  public static List<SchemaContributor> loadQuietly(ClassLoader loader) {
    return load(loader, message -> {});
  }

  /** {@link #load(ClassLoader)} with the warning sent to {@code warnings}, for tests. */
  static List<SchemaContributor> load(ClassLoader loader, Consumer<String> warnings) {
    List<SchemaContributor> contributors = new ArrayList<>();
    ServiceLoader.load(SchemaContributor.class, loader).forEach(contributors::add);
    if (contributors.isEmpty()) {
      warnings.accept(
          "Schema sync found no @Table or @Udt model: no "
              + SERVICE_FILE
              + " is visible to class loader "
              + describe(loader)
              + ". The annotation processor (io.sibyl:sibyl-mapper-processor) writes it when it"
              + " compiles the entities: add it to the compiler's annotation processor path"
              + " (Maven: maven-compiler-plugin <annotationProcessorPaths>; Gradle:"
              + " annotationProcessor), or pass the class loader of the entities with"
              + " Mapper.builder(session).classLoader(...)");
    }
    return contributors;
  }

  /** The loader and the class path it reads, shortened. */
  static String describe(ClassLoader loader) {
    String classPath;
    if (loader instanceof URLClassLoader urls) {
      classPath =
          Arrays.stream(urls.getURLs()).map(Object::toString).collect(Collectors.joining(", "));
    } else if (loader == ClassLoader.getSystemClassLoader()) {
      classPath = System.getProperty("java.class.path", "");
    } else {
      return String.valueOf(loader);
    }
    if (classPath.length() > MAX_CLASS_PATH_CHARS) {
      classPath = classPath.substring(0, MAX_CLASS_PATH_CHARS) + "...";
    }
    return loader + " (class path: " + (classPath.isEmpty() ? "empty" : classPath) + ")";
  }
}
