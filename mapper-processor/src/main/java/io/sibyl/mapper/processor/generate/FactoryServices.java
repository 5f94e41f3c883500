package io.sibyl.mapper.processor.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * A service file that lists generated implementations (repository factories, schema contributors),
 * written once when processing is over. Entries from an earlier (incremental) compilation are kept.
 */
public final class FactoryServices {

  private final String path;
  private final TreeSet<String> factories = new TreeSet<>();

  /** The repository factory service file. */
  public FactoryServices() {
    this(GeneratedNames.FACTORY_SERVICE);
  }

  /** The service file at {@code path} (under the class output). */
  public FactoryServices(String path) {
    this.path = path;
  }

  /** Registers a factory by binary name. */
  public void add(String factory) {
    factories.add(factory);
  }

  /** Writes the file, when any factory was generated. */
  public void write(Filer filer) throws IOException {
    if (factories.isEmpty()) {
      return;
    }
    TreeSet<String> all = new TreeSet<>(factories);
    try {
      FileObject existing = filer.getResource(StandardLocation.CLASS_OUTPUT, "", path);
      try (BufferedReader reader =
          new BufferedReader(
              new InputStreamReader(existing.openInputStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          String entry = line.trim();
          if (!entry.isEmpty() && !entry.startsWith("#")) {
            all.add(entry);
          }
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // No earlier file: a clean build.
    }
    FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path);
    try (Writer writer = file.openWriter()) {
      for (String factory : all) {
        writer.write(factory);
        writer.write('\n');
      }
    }
    factories.clear();
  }
}
