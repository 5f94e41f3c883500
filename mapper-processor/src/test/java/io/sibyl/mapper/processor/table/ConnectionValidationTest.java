package io.sibyl.mapper.processor.table;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** {@code @Table(connection)}: the generated descriptors and repositories, and its misuses. */
class ConnectionValidationTest {

  private static final String IMPORTS =
      """
      import io.sibyl.mapper.annotations.*;
      import java.util.*;
      """;

  @Test
  void should_report_connection_with_surrounding_spaces() {
    JavaFileObject file =
        source(
            "User",
            IMPORTS
                + """
                @Table(connection = " reporting")
                public record User(@PartitionKey UUID id, String name) {}
                """);
    Compilation compilation = Compilations.compile(file);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[TABLE_CONNECTION_INVALID] @Table(connection) must be a connection name without"
                + " surrounding or only white space, not ' reporting': use the name given to"
                + " Connections.register, or leave it empty for the mapper's session")
        .inFile(file)
        .onLineContaining("connection = \" reporting\"");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void should_report_repository_over_two_connections() {
    JavaFileObject user =
        source(
            "User",
            IMPORTS
                + """
                @Table(connection = "reporting")
                public record User(@PartitionKey UUID id, String name) {}
                """);
    JavaFileObject login =
        source(
            "Login",
            IMPORTS
                + """
                @Table
                public record Login(@PartitionKey UUID id, String name) {}
                """);
    JavaFileObject repo =
        source(
            "Repo",
            IMPORTS
                + """
                @Repository
                public interface Repo {
                  @Insert void save(User user);
                  @Insert void save(Login login);
                }
                """);
    Compilation compilation = Compilations.compile(repo, user, login);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[REPOSITORY_CONNECTION_CONFLICT] @Repository Repo uses entities of different"
                + " connections (the mapper's, 'reporting'): a repository runs on one session;"
                + " split it into one repository per connection")
        .inFile(repo)
        .onLineContaining("public interface Repo");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void should_name_the_connection_in_the_descriptor_only_when_set() throws IOException {
    JavaFileObject user =
        source(
            "User",
            IMPORTS
                + """
                @Table(connection = "reporting")
                public record User(@PartitionKey UUID id, String name) {}
                """);
    JavaFileObject login =
        source(
            "Login",
            IMPORTS
                + """
                @Table
                public record Login(@PartitionKey UUID id, String name) {}
                """);
    Compilation compilation = Compilations.compile(user, login);
    assertThat(compilation).succeededWithoutWarnings();
    String userTable = content(compilation, "test.UserTable");
    String loginTable = content(compilation, "test.LoginTable");
    org.assertj.core.api.Assertions.assertThat(userTable)
        .contains("public String connection() {\n    return \"reporting\";\n  }");
    org.assertj.core.api.Assertions.assertThat(loginTable).doesNotContain("connection()");
  }

  private static String content(Compilation compilation, String type) throws IOException {
    return compilation.generatedSourceFile(type).orElseThrow().getCharContent(true).toString();
  }
}
