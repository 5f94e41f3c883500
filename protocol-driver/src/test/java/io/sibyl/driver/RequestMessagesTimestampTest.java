package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.internal.protocol.message.Batch;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.request.RequestMessages;
import io.sibyl.driver.internal.session.SessionConfig;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which write timestamp a statement's message carries. */
class RequestMessagesTimestampTest {
  private final SessionConfig config = defaultConfig();
  private final RequestMessages messages = new RequestMessages(InternalAccess.INSTANCE);

  @Test
  void should_give_a_batch_the_request_s_one_timestamp() {
    BatchStatement batch =
        BatchStatement.logged(
            SimpleStatement.of("INSERT INTO t (k) VALUES (1)"),
            SimpleStatement.of("INSERT INTO t (k) VALUES (2)"));

    Batch message = (Batch) messages.toMessage(batch, config, ProtocolVersion.V4, 777L);

    assertThat(message.defaultTimestamp()).isEqualTo(777L);
  }

  @Test
  void should_prefer_the_statement_s_own_timestamp() {
    BatchStatement batch =
        BatchStatement.logged(SimpleStatement.of("INSERT INTO t (k) VALUES (1)")).withTimestamp(5L);
    SimpleStatement simple = SimpleStatement.of("DELETE FROM t WHERE k = 1").withTimestamp(6L);

    assertThat(
            ((Batch) messages.toMessage(batch, config, ProtocolVersion.V4, 777L))
                .defaultTimestamp())
        .isEqualTo(5L);
    assertThat(
            ((Query) messages.toMessage(simple, config, ProtocolVersion.V4, 777L))
                .options()
                .defaultTimestamp())
        .isEqualTo(6L);
  }

  @Test
  void should_send_no_timestamp_when_neither_the_statement_nor_the_request_has_one() {
    SimpleStatement simple = SimpleStatement.of("DELETE FROM t WHERE k = 1");

    Query message =
        (Query) messages.toMessage(simple, config, ProtocolVersion.V4, Statement.NO_TIMESTAMP);

    assertThat(message.options().defaultTimestamp()).isEqualTo(QueryOptions.NO_TIMESTAMP);
  }

  /** A configuration with what a message reads; other components null, zero or false. */
  private static SessionConfig defaultConfig() {
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
