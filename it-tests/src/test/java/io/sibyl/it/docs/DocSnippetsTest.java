package io.sibyl.it.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Java block of README.md and docs/ is either the text of a compiled region (the *DocIT
 * classes run it) or marked illustrative: a snippet that drifts from its source fails here.
 */
class DocSnippetsTest {

  @Test
  void should_find_every_java_block_of_the_docs_compiled_or_marked_illustrative()
      throws IOException {
    Path root = repositoryRoot();
    DocSnippets checker = new DocSnippets(root);
    List<String> problems = new ArrayList<>();
    for (Path file : checker.markdownFiles()) {
      problems.addAll(checker.check(root.relativize(file).toString(), Files.readAllLines(file)));
    }
    assertThat(problems).as(String.join("\n\n", problems)).isEmpty();
  }

  @Test
  void should_report_a_java_block_without_a_marker(@TempDir Path root) {
    List<String> problems =
        new DocSnippets(root).check("a.md", List.of("text", "", "```java", "int x = 1;", "```"));

    assertThat(problems).singleElement().asString().startsWith("a.md:3: java block without");
  }

  @Test
  void should_accept_an_illustrative_block_and_ignore_other_languages(@TempDir Path root) {
    List<String> markdown =
        List.of("<!-- illustrative -->", "```java", "@Insert", "```", "```xml", "<a/>", "```");

    assertThat(new DocSnippets(root).check("a.md", markdown)).isEmpty();
  }

  @Test
  void should_report_a_snippet_that_differs_from_its_region(@TempDir Path root) throws IOException {
    Files.writeString(
        root.resolve("A.java"),
        "class A {\n  void run() {\n    // tag::run[]\n    int x = 1;\n    x++;\n"
            + "    // end::run[]\n  }\n}\n");
    DocSnippets checker = new DocSnippets(root);

    assertThat(
            checker.check(
                "a.md",
                List.of("<!-- snippet: A.java#run -->", "```java", "int x = 1;", "x++;", "```")))
        .isEmpty();
    assertThat(
            checker.check(
                "a.md",
                List.of("<!-- snippet: A.java#run -->", "```java", "int x = 2;", "x++;", "```")))
        .singleElement()
        .asString()
        .startsWith("a.md:2: block differs from A.java#run");
    assertThat(checker.check("a.md", List.of("<!-- snippet: A.java#gone -->", "```java", "```")))
        .singleElement()
        .asString()
        .contains("no region // tag::gone[]");
  }

  /** The directory above the working directory that holds README.md and docs/. */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null
        && !(Files.isRegularFile(dir.resolve("README.md"))
            && Files.isDirectory(dir.resolve("docs")))) {
      dir = dir.getParent();
    }
    assertThat(dir).as("README.md and docs/ above " + Path.of("").toAbsolutePath()).isNotNull();
    return dir;
  }
}
