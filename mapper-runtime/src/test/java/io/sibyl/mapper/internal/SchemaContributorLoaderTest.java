package io.sibyl.mapper.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.mapper.schema.SchemaContributor;
import io.sibyl.mapper.schema.SchemaManager;
import io.sibyl.mapper.schema.SchemaSettings;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaContributorLoaderTest {

  /** A model registered only in the temporary class path folder of one test. */
  public static final class Registered implements SchemaContributor {}

  @TempDir Path classes;

  private final List<String> warnings = new ArrayList<>();

  @Test
  void should_warn_naming_the_service_file_and_the_class_path_when_no_model_is_found()
      throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      assertThat(SchemaContributorLoader.load(loader, warnings::add)).isEmpty();

      assertThat(warnings).hasSize(1);
      assertThat(warnings.get(0))
          .startsWith("Schema sync found no @Table or @Udt model: no")
          .contains("META-INF/services/io.sibyl.mapper.schema.SchemaContributor")
          .contains(classes.toUri().toURL().toString())
          .contains("annotation processor path")
          .contains("Mapper.builder(session).classLoader(...)");
    }
  }

  @Test
  void should_not_warn_when_a_model_is_registered() throws IOException {
    Path services = classes.resolve(SchemaContributorLoader.SERVICE_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, Registered.class.getName() + "\n", StandardCharsets.UTF_8);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      assertThat(SchemaContributorLoader.load(loader, warnings::add))
          .hasSize(1)
          .first()
          .isInstanceOf(Registered.class);
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void should_warn_once_per_schema_manager_however_often_the_models_are_used() throws IOException {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      SchemaManager schema =
          new SchemaManager(
              null,
              "shop",
              SchemaSettings.defaults(),
              () -> SchemaContributorLoader.load(loader, warnings::add),
              List::of);

      schema.fingerprint();
      assertThat(schema.keyspaces()).isEmpty();
      schema.fingerprint();

      assertThat(warnings).hasSize(1);
    }
  }
}
