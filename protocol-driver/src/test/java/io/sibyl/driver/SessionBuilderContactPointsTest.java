package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionBuilderContactPointsTest {

  @Test
  void should_reject_a_malformed_port() {
    assertThatThrownBy(() -> Session.builder().contactPoints("127.0.0.1:port"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Malformed port")
        .hasMessageContaining("127.0.0.1:port");
  }

  @Test
  void should_reject_an_out_of_range_port() {
    assertThatThrownBy(() -> Session.builder().contactPoints("127.0.0.1:70000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Malformed port");
  }

  @Test
  void should_reject_an_unclosed_ipv6_bracket() {
    assertThatThrownBy(() -> Session.builder().contactPoints("[::1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("missing ']'");
  }

  @Test
  void should_reject_a_page_size_of_zero() {
    assertThatThrownBy(() -> Session.builder().pageSize(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
