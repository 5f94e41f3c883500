package io.sibyl.driver;

import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;

/** Session configurations for tests that build request messages without a session. */
final class TestSessionConfigs {
  private TestSessionConfigs() {}

  /**
   * A configuration with what a message reads (LOCAL_ONE, SERIAL, 100 rows a page, the default
   * codecs); other components null, zero or false.
   */
  static SessionConfig defaults() {
    try {
      RecordComponent[] components = SessionConfig.class.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] =
            switch (components[i].getName()) {
              case "consistency" -> Consistency.LOCAL_ONE;
              case "serialConsistency" -> Consistency.SERIAL;
              case "pageSize" -> 100;
              case "codecs" -> CodecRegistry.DEFAULT;
              case "contactPoints" -> List.of();
              default -> {
                if (types[i] == Duration.class) {
                  yield Duration.ofSeconds(1);
                } else if (types[i] == boolean.class) {
                  yield false;
                } else if (types[i] == int.class) {
                  yield 0;
                } else if (types[i] == long.class) {
                  yield 0L;
                }
                yield null;
              }
            };
      }
      return SessionConfig.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
