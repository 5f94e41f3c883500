package io.sibyl.mapper.processor.repository;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.ORDER;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.VIEWS;
import static io.sibyl.mapper.processor.repository.RepositoryTestSources.repository;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import io.sibyl.mapper.processor.testing.Compilations;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Reads that declare {@code throws NotFoundException} or {@code throws TooManyResultsException}.
 */
class ResultExceptionsValidationTest {

  @Test
  void should_check_what_each_method_declares() throws IOException {
    JavaFileObject repo =
        repository(
            """
            @Repository
            public interface Repo {
              @Select Order byKey(UUID customerId, int bucket, Instant orderDate, UUID orderId)
                  throws NotFoundException;
              @Select Order onlyOne(UUID customerId, int bucket) throws TooManyResultsException;
              @Select CompletionStage<Order> exactlyOne(UUID customerId, int bucket)
                  throws NotFoundException, TooManyResultsException;
            }
            """);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS);
    assertThat(compilation).succeededWithoutWarnings();
    String code =
        compilation
            .generatedSourceFile("test.RepoImpl")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertThat(code.replaceAll("\\s+", " "))
        .contains("Results.required(this.support.execute(bs), OrderTable.INSTANCE, this.byKey,")
        .contains("Results.single(this.support.execute(bs), OrderTable.INSTANCE, this.onlyOne,")
        .contains("Results.exactlyOne(rs, OrderTable.INSTANCE, this.exactlyOne,");
  }

  @Test
  void should_report_throws_clause_on_a_method_that_does_not_read_one_entity() {
    JavaFileObject repo =
        repository(
            """
            @Repository
            public interface Repo {
              @Select Optional<Order> byKey(UUID customerId, int bucket) throws NotFoundException;
            }
            """);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "[RESULT_EXCEPTION_UNSUPPORTED] byKey() declares throws NotFoundException, which only"
                + " methods returning one entity (E, or E in a CompletionStage) can throw, not"
                + " java.util.Optional<test.Order>: return the entity, or remove the throws"
                + " clause")
        .inFile(repo)
        .onLineContaining("Optional<Order> byKey");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void should_report_throws_clause_on_a_write() {
    JavaFileObject repo =
        repository(
            """
            @Repository
            public interface Repo {
              @Insert void save(Order order) throws TooManyResultsException;
            }
            """);
    Compilation compilation = Compilations.compile(repo, ORDER, VIEWS);
    assertThat(compilation)
        .hadErrorContaining(
            "[RESULT_EXCEPTION_UNSUPPORTED] save() declares throws TooManyResultsException")
        .inFile(repo)
        .onLineContaining("void save");
    assertThat(compilation).hadErrorCount(1);
  }
}
