package io.sibyl.mapper.processor.query;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.CaseSources;
import io.sibyl.mapper.processor.testing.Compilations;
import io.sibyl.mapper.processor.testing.GoldenFiles;
import io.sibyl.mapper.processor.testing.Sources;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class MetamodelGenerationTest {

  @Test
  void should_generate_metamodel_matching_golden() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("query", "metamodel"));

    assertThat(compilation).succeededWithoutWarnings();
    GoldenFiles.check(compilation, "query", "metamodel", List.of("test.Post_", "test.Trip_"));
  }

  @Test
  void should_type_counter_columns_as_counters() {
    Compilation compilation = Compilations.compile(CaseSources.inputs("query", "metamodel"));

    assertThat(compilation)
        .generatedSourceFile("test.Visits_")
        .contentsAsUtf8String()
        .contains("public static final CounterRef<Visits> HITS");
  }

  @Test
  void should_compile_queries_of_matching_types() {
    Compilation compilation =
        compileWith(
            "Queries",
            """
            import io.sibyl.mapper.query.*;
            import java.time.Instant;
            import java.util.*;

            class Queries {
              Object build(QueryTable<Post> posts, UUID blog) {
                return posts.select()
                    .where(Post_.BLOG_ID.in(blog), Post_.POSTED_AT.gte(Instant.EPOCH))
                    .where(Post_.TAGS.contains("java"), Post_.RATINGS.containsKey("ada"))
                    .orderBy(Post_.POSTED_AT.asc())
                    .limit(3);
              }

              Object update(QueryTable<Post> posts, UUID blog) {
                return posts.update()
                    .set(Post_.LIKES.set(3), Post_.COMMENTS.append(List.of("hi")))
                    .set(Post_.TAGS.add(Set.of("x")), Post_.RATINGS.put("ada", 5))
                    .where(Post_.BLOG_ID.eq(blog));
              }

              Object count(QueryTable<Visits> visits) {
                return visits.update().set(Visits_.HITS.increment(1)).where(Visits_.PAGE.eq("/"));
              }
            }
            """);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void should_not_compile_a_value_of_the_wrong_type() {
    Compilation compilation =
        compileWith(
            "Queries",
            """
            import io.sibyl.mapper.query.*;

            class Queries {
              Object build(QueryTable<Post> posts) {
                return posts.select().where(Post_.TITLE.eq(42));
              }
            }
            """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("incompatible types");
  }

  @Test
  void should_not_compile_a_column_of_another_table() {
    Compilation compilation =
        compileWith(
            "Queries",
            """
            import io.sibyl.mapper.query.*;

            class Queries {
              Object build(QueryTable<Post> posts) {
                return posts.select().where(Visits_.PAGE.eq("/"));
              }
            }
            """);

    assertThat(compilation).failed();
  }

  @Test
  void should_not_compile_an_ordering_by_a_regular_column() {
    Compilation compilation =
        compileWith(
            "Queries",
            """
            class Queries {
              Object build() {
                return Post_.TITLE.desc();
              }
            }
            """);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("desc()");
  }

  private static Compilation compileWith(String name, String body) {
    List<JavaFileObject> sources =
        new ArrayList<>(List.of(CaseSources.inputs("query", "metamodel")));
    sources.add(Sources.source(name, body));
    return Compilations.compile(sources.toArray(JavaFileObject[]::new));
  }
}
