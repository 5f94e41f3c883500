package io.sibyl.it.modular;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.support.SessionITBase;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application ({@code src/test/modular-app}: a module-info, an entity, a repository and a
 * main class) compiled with the processor against the driver and mapper modules, and run on the
 * module path against the shared node: the {@code requires} and {@code provides} lines that
 * docs/mapper/modules.md gives are enough, and without the {@code provides} lines the mapper says
 * what is missing.
 */
class ModularAppIT extends SessionITBase {
  private static final Path SOURCES = Path.of("src/test/modular-app");
  private static final Pattern MODULES =
      Pattern.compile(
          "(sibyl-(protocol-driver|mapper-runtime|mapper-annotations)-[^/]*\\.jar"
              + "|netty-[^/]*\\.jar|slf4j-api-[^/]*\\.jar"
              + "|/(protocol-driver|mapper-runtime|mapper-annotations)/target/classes/?)$");
  private static final Pattern PROVIDES = Pattern.compile("(?s)\\n\\s*provides [^;]*;");

  @TempDir Path work;

  @Test
  void should_run_on_the_module_path_with_the_documented_module_descriptor() throws Exception {
    Path classes = compile(copySources(false));

    Result result = run(classes);

    assertThat(result.exit()).as(result.output()).isZero();
    assertThat(result.output())
        .contains("repository: modular")
        .contains("dsl: modular")
        .contains("modules: com.example.notes, io.sibyl.driver, io.sibyl.mapper");
  }

  @Test
  void should_name_the_missing_provides_when_the_module_declares_none() throws Exception {
    Path classes = compile(copySources(true));

    Result result = run(classes);

    assertThat(result.exit()).as(result.output()).isNotZero();
    assertThat(result.output()).contains("in a named module").contains("'provides'");
  }

  /** The application's sources in a fresh directory, without the provides lines if asked. */
  private Path copySources(boolean withoutProvides) throws IOException {
    Path copy = work.resolve("src");
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = copy.resolve(SOURCES.relativize(file).toString());
        Files.createDirectories(target.getParent());
        String text = Files.readString(file);
        if (withoutProvides && file.getFileName().toString().equals("module-info.java")) {
          text = PROVIDES.matcher(text).replaceAll("");
          assertThat(text).doesNotContain("provides");
        }
        Files.writeString(target, text);
      }
    }
    return copy;
  }

  /** Compiles the module with the mapper's processor; fails on any compile error. */
  private Path compile(Path sources) throws IOException {
    Path classes = work.resolve("classes");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(path -> path.toString().endsWith(".java")).toList();
    }
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "--release",
              "17",
              "--module-path",
              modulePath(),
              "--processor-path",
              System.getProperty("java.class.path"),
              "-processor",
              "io.sibyl.mapper.processor.SibylProcessor",
              "-d",
              classes.toString());
      boolean compiled =
          javac
              .getTask(
                  null,
                  fileManager,
                  diagnostics,
                  options,
                  null,
                  fileManager.getJavaFileObjectsFromPaths(files))
              .call();
      String errors =
          diagnostics.getDiagnostics().stream()
              .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
              .map(Object::toString)
              .collect(Collectors.joining("\n"));
      assertThat(compiled).as(errors).isTrue();
    }
    return classes;
  }

  /** Runs the application's main class on the module path, against the shared node. */
  private Result run(Path classes) throws Exception {
    InetSocketAddress node = cluster.contactPoints().get(0);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--module-path");
    command.add(modulePath() + File.pathSeparator + classes);
    command.add("--module");
    command.add("com.example.notes/com.example.notes.Main");
    command.add(node.getHostString() + ":" + node.getPort());
    command.add(cluster.localDatacenter());
    command.add(cluster.username());
    command.add(cluster.password());
    command.add(keyspace);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    byte[] output = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the application ended").isTrue();
    return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
  }

  /** The driver, mapper and annotation modules and what they require, from the test class path. */
  private static String modulePath() {
    List<String> entries =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> MODULES.matcher(entry.replace(File.separatorChar, '/')).find())
            .toList();
    assertThat(entries)
        .as("driver, mapper and annotation modules on the test class path")
        .hasSizeGreaterThanOrEqualTo(5);
    return String.join(File.pathSeparator, entries);
  }

  private record Result(int exit, String output) {}
}
