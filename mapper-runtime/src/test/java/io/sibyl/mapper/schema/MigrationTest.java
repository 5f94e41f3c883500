package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationTest {

  @Test
  void should_parse_version_and_description_from_the_file_name() {
    Migration migration = Migration.of("db/migration/V1_2__add_user_index.cql", "");

    assertThat(migration.version()).isEqualTo("1.2");
    assertThat(migration.description()).isEqualTo("add user index");
  }

  @Test
  void should_ignore_files_not_named_as_migrations() {
    assertThat(Migration.of("db/migration/README.md", "")).isNull();
    assertThat(Migration.of("db/migration/create.cql", "")).isNull();
  }

  @Test
  void should_order_versions_numerically() {
    List<Migration> sorted =
        Stream.of("V10__c.cql", "V2__b.cql", "V1.10__x.cql", "V1.9__y.cql")
            .map(name -> Migration.of("db/migration/" + name, ""))
            .sorted()
            .toList();

    assertThat(sorted).extracting(Migration::version).containsExactly("1.9", "1.10", "2", "10");
  }

  @Test
  void should_split_statements_outside_quotes_and_comments() {
    Migration migration =
        Migration.of(
            "db/migration/V1__x.cql",
            "-- comment; not a statement\n"
                + "CREATE TABLE t (id int PRIMARY KEY, body text);\n"
                + "/* block; comment */ INSERT INTO t (id, body) VALUES (1, 'a;b''c');\n"
                + "  \n");

    assertThat(migration.statements())
        .containsExactly(
            "CREATE TABLE t (id int PRIMARY KEY, body text)",
            "INSERT INTO t (id, body) VALUES (1, 'a;b''c')");
  }

  @Test
  void should_change_checksum_when_script_changes() {
    Migration one = Migration.of("db/migration/V1__x.cql", "CREATE TABLE t (id int PRIMARY KEY)");
    Migration same = Migration.of("db/migration/V1__x.cql", "CREATE TABLE t (id int PRIMARY KEY)");
    Migration other =
        Migration.of("db/migration/V1__x.cql", "CREATE TABLE t (id text PRIMARY KEY)");

    assertThat(one.checksum()).isEqualTo(same.checksum()).hasSize(64);
    assertThat(one.checksum()).isNotEqualTo(other.checksum());
  }
}
