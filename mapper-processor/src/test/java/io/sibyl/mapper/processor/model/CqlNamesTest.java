package io.sibyl.mapper.processor.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.type.CqlLiterals;
import java.lang.reflect.Field;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The processor keeps its own copy of CQL identifier quoting, because it must not depend on the
 * driver; these tests keep the copy equal to the driver's.
 */
class CqlNamesTest {

  @Test
  void should_reserve_the_same_words_as_the_driver() throws ReflectiveOperationException {
    // The driver's list is private: read it by reflection (the test class path is not modular).
    Field field = CqlLiterals.class.getDeclaredField("RESERVED");
    field.setAccessible(true);
    @SuppressWarnings("unchecked")
    Set<String> driver = (Set<String>) field.get(null);

    assertThat(CqlNames.RESERVED).containsExactlyInAnyOrderElementsOf(driver);
  }

  @Test
  void should_quote_exactly_when_the_driver_quotes() {
    for (String name :
        new String[] {"users", "user_name", "userName", "Order", "order", "_x", "x1", "token"}) {
      assertThat(CqlNames.quoteIfNeeded(name)).as(name).isEqualTo(CqlLiterals.identifier(name));
    }
  }
}
