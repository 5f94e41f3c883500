package io.sibyl.bench.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.bench.mapper.KvRow;
import io.sibyl.driver.BoundStatement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RepositoryBindReadBenchmarkTest {
  private final RepositoryBindReadBenchmark benchmark = new RepositoryBindReadBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @Test
  void should_bind_the_same_values_when_generated_or_hand_written() {
    BoundStatement generated = benchmark.generatedBind();
    BoundStatement handWritten = benchmark.handWrittenBind();

    for (int i = 0; i < 4; i++) {
      assertThat(generated.isSet(i)).isTrue();
      assertThat(generated.getBytesUnsafe(i)).isEqualTo(handWritten.getBytesUnsafe(i));
    }
    assertThat(generated.idempotent()).isTrue();
    assertThat(benchmark.handWrittenIdempotentBind().idempotent()).isTrue();
  }

  @Test
  void should_read_the_same_entity_when_generated_or_hand_written() {
    KvRow generated = benchmark.generatedRead();

    assertThat(generated).isEqualTo(benchmark.handWrittenRead()).isEqualTo(KvRow.of(42));
  }
}
