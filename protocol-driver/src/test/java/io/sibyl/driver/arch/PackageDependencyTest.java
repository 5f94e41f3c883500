package io.sibyl.driver.arch;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.testsupport.arch.SourceReferences;
import io.sibyl.testsupport.arch.SourceReferences.Scope;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the driver's API package ({@code io.sibyl.driver}, without its subpackages) independent of
 * the protocol messages: decoding and building messages belongs to {@code
 * io.sibyl.driver.internal.request}. Keeps the type and codec packages independent of every
 * internal package: the built-in codecs reach the registry through {@code BuiltInCodecProvider}. It
 * reads the main sources, so it needs no extra library; comments and strings are skipped, so
 * Javadoc may still mention a message.
 */
class PackageDependencyTest {

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final String MESSAGES = "io.sibyl.driver.internal.protocol.message";
  private static final String INTERNAL = "io.sibyl.driver.internal";

  @Test
  void should_keep_the_api_package_free_of_protocol_messages() {
    assertThat(violations("io.sibyl.driver", MESSAGES)).isEmpty();
  }

  @Test
  void should_keep_the_type_package_free_of_internal_packages() {
    assertThat(violations("io.sibyl.driver.type", INTERNAL)).isEmpty();
  }

  @Test
  void should_keep_the_codec_package_free_of_internal_packages() {
    assertThat(violations("io.sibyl.driver.type.codec", INTERNAL)).isEmpty();
  }

  @Test
  void should_keep_the_geometry_package_free_of_internal_packages() {
    assertThat(violations("io.sibyl.driver.type.geometry", INTERNAL)).isEmpty();
  }

  @Test
  void should_find_imports_and_qualified_names_but_not_comments_or_strings() {
    String source =
        """
        package io.sibyl.driver;

        import io.sibyl.driver.internal.protocol.message.RowsResult;
        import static io.sibyl.driver.internal.protocol.message.QueryOptions.NO_TIMESTAMP;
        import io.sibyl.driver.internal.protocol.Frame;

        /** Reads a {@link io.sibyl.driver.internal.protocol.message.RowsResult}. */
        class Sample {
          // io.sibyl.driver.internal.protocol.message.Query in a comment
          String text = "io.sibyl.driver.internal.protocol.message.Query";
          Object result = (io.sibyl.driver.internal.protocol.message.Result) null;
          io.sibyl.driver.internal.protocol.messages.Other other;
        }
        """;

    assertThat(SourceReferences.linesNaming(source, MESSAGES))
        .containsExactly(
            "3: import io.sibyl.driver.internal.protocol.message.RowsResult;",
            "4: import static io.sibyl.driver.internal.protocol.message.QueryOptions.NO_TIMESTAMP;",
            "11: Object result = (io.sibyl.driver.internal.protocol.message.Result) null;");
  }

  private static List<String> violations(String from, String forbidden) {
    return SourceReferences.violations(MAIN, from, Scope.PACKAGE_ONLY, forbidden);
  }
}
