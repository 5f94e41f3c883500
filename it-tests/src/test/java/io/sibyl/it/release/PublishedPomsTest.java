package io.sibyl.it.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The check of the published POMs that {@code .ci/run} runs on the installed artifacts ({@code
 * .ci/PublishedPoms.java}): run here on small local repositories, it passes a clean one and names
 * each leak of a bad one.
 */
class PublishedPomsTest {
  private static final String VERSION = "1.0";
  private static final String METADATA =
      "<name>n</name><description>d</description><url>u</url><licenses/><developers/><scm/>";

  @TempDir Path repository;

  @Test
  void should_pass_clean_poms_and_let_test_libraries_bring_the_junit_api() throws Exception {
    writeBom("sibyl-core", "sibyl-junit");
    writePom(
        "sibyl-junit",
        METADATA,
        dependency("org.junit.jupiter", "junit-jupiter-api", "5.14.4", "compile", false));
    writePom(
        "sibyl-core",
        METADATA,
        dependency("org.slf4j", "slf4j-api", "2.0.17", "compile", false)
            + dependency("org.slf4j", "slf4j-simple", "2.0.17", "runtime", true)
            + dependency("io.sibyl", "sibyl-other", VERSION, "compile", false));

    Result result = run();

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output()).contains("The published POMs of Sibyl 1.0 are clean");
  }

  @Test
  void should_name_each_leak_of_a_bad_pom() throws Exception {
    writeBom("sibyl-core");
    writePom(
        "sibyl-core",
        "<parent/><properties/><name>n</name><url>u</url><licenses/><developers/><scm/>",
        dependency("org.slf4j", "slf4j-api", "1.7.36", "compile", false)
            + dependency("org.slf4j", "slf4j-simple", "2.0.17", "runtime", false)
            + dependency("org.junit.jupiter", "junit-jupiter-api", "5.14.4", "compile", false)
            + dependency("org.assertj", "assertj-core", "3.27.7", "test", false)
            + dependency("org.apache.cassandra", "cassandra-all", "5.0.6", "provided", false)
            + dependency("io.netty", "netty-handler", "${netty.version}", "compile", false)
            + dependency("io.sibyl", "sibyl-other", "0.9", "compile", false));

    Result result = run();

    String pom = repository.resolve("io/sibyl/sibyl-core/1.0/sibyl-core-1.0.pom") + ": ";
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output().lines())
        .containsExactlyInAnyOrder(
            pom + "has <parent>, which a published POM leaves out",
            pom + "has <properties>, which a published POM leaves out",
            pom + "has no <description>",
            pom + "org.slf4j:slf4j-api 1.7.36 would downgrade users' SLF4J 2: depend on 2.x",
            pom
                + "org.slf4j:slf4j-simple is an SLF4J binding: users choose theirs; make it optional",
            pom
                + "org.junit.jupiter:junit-jupiter-api is a test framework at compile scope: make"
                + " it test or optional",
            pom + "org.assertj:assertj-core is at test scope: leave it out of the published POM",
            pom
                + "org.apache.cassandra:cassandra-all is at provided scope: leave it out of the"
                + " published POM",
            pom + "io.netty:netty-handler has no literal version (${netty.version})",
            pom + "io.sibyl:sibyl-other 0.9 is not the artifact's own version 1.0",
            "10 problem(s) in the published POMs");
  }

  @Test
  void should_report_a_managed_artifact_that_is_not_installed() throws Exception {
    writeBom("sibyl-core");

    Result result = run();

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output())
        .contains("sibyl-core-1.0.pom: missing, though sibyl-bom manages sibyl-core");
  }

  private void writeBom(String... managed) throws IOException {
    StringBuilder sibyl = new StringBuilder();
    for (String artifact : managed) {
      sibyl.append(dependency("io.sibyl", artifact, VERSION, "", false));
    }
    writePom(
        "sibyl-bom",
        METADATA
            + "<dependencyManagement><dependencies>"
            + sibyl
            + dependency("org.junit", "junit-bom", "5.14.4", "import", false)
            + "</dependencies></dependencyManagement>",
        "");
  }

  private void writePom(String artifact, String sections, String dependencies) throws IOException {
    Path dir = repository.resolve("io/sibyl/" + artifact + "/" + VERSION);
    Files.createDirectories(dir);
    String body = dependencies.isEmpty() ? "" : "<dependencies>" + dependencies + "</dependencies>";
    Files.writeString(
        dir.resolve(artifact + "-" + VERSION + ".pom"),
        "<?xml version=\"1.0\"?>\n<project xmlns=\"http://maven.apache.org/POM/4.0.0\">"
            + "<modelVersion>4.0.0</modelVersion><groupId>io.sibyl</groupId><artifactId>"
            + artifact
            + "</artifactId><version>"
            + VERSION
            + "</version>"
            + sections
            + body
            + "</project>\n");
  }

  private static String dependency(
      String group, String artifact, String version, String scope, boolean optional) {
    return "<dependency><groupId>"
        + group
        + "</groupId><artifactId>"
        + artifact
        + "</artifactId><version>"
        + version
        + "</version>"
        + (scope.isEmpty() ? "" : "<scope>" + scope + "</scope>")
        + (optional ? "<optional>true</optional>" : "")
        + "</dependency>";
  }

  private Result run() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path script = repositoryRoot().resolve(".ci/PublishedPoms.java");
    Process process =
        new ProcessBuilder(java.toString(), script.toString(), repository.toString(), VERSION)
            .redirectErrorStream(true)
            .start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve(".ci/PublishedPoms.java"))) {
      dir = dir.getParent();
    }
    assertThat(dir).as(".ci/PublishedPoms.java above " + Path.of("")).isNotNull();
    return dir;
  }

  private record Result(int exit, String output) {}
}
