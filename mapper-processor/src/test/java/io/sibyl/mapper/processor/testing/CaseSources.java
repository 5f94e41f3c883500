package io.sibyl.mapper.processor.testing;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** Loads the inputs of a test case: {@code cases/<area>/<case>/input/**.java}. */
public final class CaseSources {

  private CaseSources() {}

  /** The case's directory on the test class path. */
  public static Path directory(String area, String name) {
    URL url = CaseSources.class.getClassLoader().getResource("cases/" + area + "/" + name);
    if (url == null) {
      throw new IllegalArgumentException("No test case cases/" + area + "/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The case's input sources. */
  public static JavaFileObject[] inputs(String area, String name) {
    Path input = directory(area, name).resolve("input");
    try (Stream<Path> files = Files.walk(input)) {
      List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
      JavaFileObject[] objects = new JavaFileObject[sources.size()];
      for (int i = 0; i < objects.length; i++) {
        String relative = input.relativize(sources.get(i)).toString().replace('\\', '/');
        String className =
            relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        objects[i] = JavaFileObjects.forSourceString(className, Files.readString(sources.get(i)));
      }
      return objects;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The qualified names of the case's expected (golden) generated types. */
  public static List<String> expectedTypes(String area, String name) {
    Path expected = directory(area, name).resolve("expected");
    if (!Files.isDirectory(expected)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(expected)) {
      return files
          .filter(p -> p.toString().endsWith(".java"))
          .sorted()
          .map(
              p -> {
                String relative = expected.relativize(p).toString().replace('\\', '/');
                return relative
                    .substring(0, relative.length() - ".java".length())
                    .replace('/', '.');
              })
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
