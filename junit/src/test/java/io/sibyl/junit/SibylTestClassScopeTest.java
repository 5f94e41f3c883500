package io.sibyl.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.driver.Session;
import io.sibyl.embedded.CassandraCluster;
import io.sibyl.junit.model.Book;
import io.sibyl.junit.model.BookRepository;
import io.sibyl.mapper.Mapper;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@SibylTest(entities = Book.class)
@CassandraScripts("authors.cql")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SibylTestClassScopeTest {
  private static String firstKeyspace;

  @Test
  @Order(1)
  void should_give_a_session_in_a_fresh_keyspace_where_the_class_scripts_ran(
      Session session, @TestKeyspace String keyspace, CassandraCluster cluster) {
    firstKeyspace = keyspace;
    assertThat(keyspace).startsWith("t_sibyltestclassscopetest_");
    assertThat(session.keyspace()).isEqualTo(keyspace);
    assertThat(cluster.contactPoints()).isNotEmpty();
    List<String> names =
        StreamSupport.stream(session.execute("SELECT name FROM authors").spliterator(), false)
            .map(row -> row.getString("name"))
            .sorted()
            .toList();
    assertThat(names).containsExactly("Ada; Countess of Lovelace", "Grace");
  }

  @Test
  @Order(2)
  @CassandraScripts("more-authors.cql")
  void should_run_method_scripts_in_the_class_keyspace(
      Session session, @TestKeyspace String keyspace) {
    assertThat(keyspace).isEqualTo(firstKeyspace);
    Row row = session.execute("SELECT name FROM authors WHERE id = 3").one();
    assertThat(row.getString("name")).isEqualTo("Barbara");
  }

  @Test
  @Order(3)
  void should_give_a_mapper_with_the_entities_tables_created(Mapper mapper, Session session) {
    BookRepository books = mapper.repository(BookRepository.class);
    UUID id = UUID.randomUUID();
    books.save(new Book(id, "Notes on the Analytical Engine"));

    assertThat(books.findById(id)).contains(new Book(id, "Notes on the Analytical Engine"));
    assertThat(mapper.keyspace()).isEqualTo(session.keyspace());
  }
}
