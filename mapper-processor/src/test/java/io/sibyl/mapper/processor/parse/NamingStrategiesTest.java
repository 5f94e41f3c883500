package io.sibyl.mapper.processor.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.mapper.annotations.NamingStrategy;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamingStrategiesTest {

  @ParameterizedTest
  @CsvSource({
    "customerId, customer_id",
    "id, id",
    "URLPath, url_path",
    "userID, user_id",
    "address2, address2",
    "OrderLine, order_line",
    "already_snake, already_snake",
    "a, a"
  })
  void should_convert_to_snake_case(String javaName, String expected) {
    assertThat(NamingStrategies.apply(NamingStrategy.SNAKE_CASE, javaName)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"customerId, customerid", "URL, url"})
  void should_lower_case(String javaName, String expected) {
    assertThat(NamingStrategies.apply(NamingStrategy.LOWER_CASE, javaName)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({"customerId, customerId", "id, id"})
  void should_keep_exact_names(String javaName, String expected) {
    assertThat(NamingStrategies.apply(NamingStrategy.EXACT, javaName)).isEqualTo(expected);
  }
}
