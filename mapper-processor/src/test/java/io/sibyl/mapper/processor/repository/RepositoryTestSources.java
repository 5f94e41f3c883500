package io.sibyl.mapper.processor.repository;

import static io.sibyl.mapper.processor.testing.Sources.source;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.Sources;
import javax.tools.JavaFileObject;

/** The entities that repository validation tests compile their repositories against. */
final class RepositoryTestSources {

  static final String IMPORTS =
      """
      import io.sibyl.driver.*;
      import io.sibyl.mapper.*;
      import io.sibyl.mapper.annotations.*;
      import java.time.*;
      import java.util.*;
      import java.util.concurrent.*;
      """;

  static final JavaFileObject ORDER =
      source(
          "Order",
          IMPORTS
              + """
      @Table(name = "orders")
      public record Order(
          @PartitionKey(0) UUID customerId,
          @PartitionKey(1) int bucket,
          @ClusteringColumn(0) Instant orderDate,
          @ClusteringColumn(1) UUID orderId,
          String status,
          @Index String channel,
          long total,
          Set<String> tags) {}
      """);

  static final JavaFileObject VIEWS =
      source(
          "Views",
          IMPORTS
              + """
      @Table(name = "views")
      public record Views(@PartitionKey String page, @Column(type = "counter") long hits) {}
      """);

  private RepositoryTestSources() {}

  /** A repository {@code test.Repo} with the given body, compiled with the entities. */
  static JavaFileObject repository(String body) {
    return source("Repo", IMPORTS + body);
  }

  /** Compiles a repository with the entities and expects exactly one error on its line. */
  static void expect(String id, String line, String body) {
    JavaFileObject repo = repository(body);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS);
    Sources.assertOneError(compilation, id, repo, line);
  }

  /** Compiles a repository with the entities and expects exactly one warning on its line. */
  static void expectWarning(String id, String line, String body) {
    JavaFileObject repo = repository(body);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS);
    Sources.assertOneWarning(compilation, id, repo, line);
  }
}
