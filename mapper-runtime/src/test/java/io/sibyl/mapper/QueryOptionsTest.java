package io.sibyl.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Consistency;
import io.sibyl.driver.SimpleStatement;
import io.sibyl.driver.Statement;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class QueryOptionsTest {

  @Test
  void should_apply_every_statement_option() {
    ByteBuffer paging = ByteBuffer.wrap(new byte[] {1, 2});
    QueryOptions options =
        QueryOptions.none()
            .withConsistency(Consistency.LOCAL_QUORUM)
            .withSerialConsistency(Consistency.LOCAL_SERIAL)
            .withTimeout(Duration.ofSeconds(3))
            .withTimestamp(42L)
            .withPageSize(100)
            .withPagingState(paging)
            .withExecutionProfile("analytics");

    SimpleStatement statement = options.applyTo(SimpleStatement.of("SELECT * FROM t"));

    assertThat(statement.consistency()).isEqualTo(Consistency.LOCAL_QUORUM);
    assertThat(statement.serialConsistency()).isEqualTo(Consistency.LOCAL_SERIAL);
    assertThat(statement.timeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(statement.timestamp()).isEqualTo(42L);
    assertThat(statement.pageSize()).isEqualTo(100);
    assertThat(statement.pagingState()).isEqualTo(paging);
    assertThat(statement.executionProfile()).isEqualTo("analytics");
  }

  @Test
  void should_keep_the_other_options_when_the_execution_profile_is_set() {
    QueryOptions options =
        QueryOptions.none().withPageSize(7).withExecutionProfile("slow").withTtl(60);

    assertThat(options.executionProfile()).isEqualTo("slow");
    assertThat(options.pageSize()).isEqualTo(7);
    assertThat(options.ttl()).isEqualTo(60);
    assertThat(options.toString()).contains("executionProfile=slow");
    assertThat(QueryOptions.none().executionProfile()).isNull();
  }

  @Test
  void should_replace_the_statement_execution_profile_only_when_one_is_set() {
    SimpleStatement original = SimpleStatement.of("SELECT * FROM t").withExecutionProfile("a");

    assertThat(QueryOptions.none().applyTo(original).executionProfile()).isEqualTo("a");
    assertThat(QueryOptions.none().withExecutionProfile("b").applyTo(original).executionProfile())
        .isEqualTo("b");
  }

  @Test
  void should_leave_statement_unchanged_when_no_option_is_set() {
    SimpleStatement original = SimpleStatement.of("SELECT * FROM t");

    SimpleStatement applied = QueryOptions.none().applyTo(original);

    assertThat(applied.consistency()).isNull();
    assertThat(applied.timestamp()).isEqualTo(Statement.NO_TIMESTAMP);
    assertThat(applied.pageSize()).isZero();
    assertThat(applied.executionProfile()).isNull();
  }

  @Test
  void should_keep_ttl_for_the_generated_marker() {
    QueryOptions options = QueryOptions.none().withTtl(3600);

    assertThat(options.ttl()).isEqualTo(3600);
    assertThat(QueryOptions.none().ttl()).isNull();
  }

  @Test
  void should_refuse_negative_values() {
    assertThatThrownBy(() -> QueryOptions.none().withTtl(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TTL");
    assertThatThrownBy(() -> QueryOptions.none().withPageSize(-5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
