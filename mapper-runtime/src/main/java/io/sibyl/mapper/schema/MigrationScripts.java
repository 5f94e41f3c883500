package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the migrations of one class path folder ({@code db/migration}), from directories and jars.
 * Only that folder is listed: there is no class path scan.
 */
public final class MigrationScripts {

  private MigrationScripts() {}

  /**
   * The migrations in version order.
   *
   * @param loader the class loader whose class path holds them
   * @param location the folder, such as {@code db/migration}
   * @throws MapperException if two files have the same version
   */
  public static List<Migration> load(ClassLoader loader, String location) {
    String folder = location.endsWith("/") ? location : location + "/";
    List<String> resources = new ArrayList<>();
    try {
      Enumeration<URL> roots = loader.getResources(folder.substring(0, folder.length() - 1));
      while (roots.hasMoreElements()) {
        list(roots.nextElement(), folder, resources);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the migrations in " + location, e);
    }
    Map<String, Migration> byVersion = new HashMap<>();
    for (String resource : resources) {
      Migration migration = Migration.of(resource, read(loader, resource));
      if (migration == null) {
        continue;
      }
      Migration other = byVersion.putIfAbsent(migration.version(), migration);
      if (other != null && !other.resource().equals(resource)) {
        throw new MapperException(
            "Migrations "
                + other.resource()
                + " and "
                + resource
                + " have the same version "
                + migration.version()
                + ": give one a new version");
      }
    }
    return byVersion.values().stream().sorted().toList();
  }

  private static void list(URL root, String folder, List<String> into) throws IOException {
    switch (root.getProtocol()) {
      case "file" -> {
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
          files
              .filter(Files::isRegularFile)
              .forEach(p -> into.add(folder + p.getFileName().toString()));
        } catch (URISyntaxException e) {
          throw new IOException("Bad migration folder " + root, e);
        }
      }
      case "jar" -> {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        try (JarFile jar = connection.getJarFile()) {
          for (JarEntry entry : java.util.Collections.list(jar.entries())) {
            String name = entry.getName();
            if (!entry.isDirectory()
                && name.startsWith(folder)
                && name.indexOf('/', folder.length()) < 0) {
              into.add(name);
            }
          }
        }
      }
      default -> {
        // Other class path kinds (custom class loaders) cannot be listed.
      }
    }
  }

  private static String read(ClassLoader loader, String resource) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new MapperException("Migration " + resource + " disappeared from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read migration " + resource, e);
    }
  }
}
