package io.sibyl.mapper.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Consistency;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchemaCoordinationTest {

  @Test
  void should_default_to_quorum_and_serial_with_a_lease_longer_than_its_renewal() {
    SchemaCoordination defaults = SchemaCoordination.defaults();

    assertThat(defaults.consistency()).isEqualTo(Consistency.QUORUM);
    assertThat(defaults.serialConsistency()).isEqualTo(Consistency.SERIAL);
    assertThat(defaults.lockRenewal()).isLessThan(defaults.lockLease());
  }

  @Test
  void should_refuse_a_renewal_not_shorter_than_the_lease() {
    assertThatThrownBy(
            () ->
                SchemaCoordination.defaults()
                    .withLock(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shorter");
  }

  @Test
  void should_refuse_a_serial_consistency_that_is_not_serial() {
    assertThatThrownBy(
            () ->
                SchemaCoordination.defaults().withConsistency(Consistency.QUORUM, Consistency.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LOCAL_SERIAL");
  }
}
