package io.sibyl.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Batch;
import io.sibyl.driver.internal.protocol.message.Query;
import io.sibyl.driver.internal.protocol.message.QueryOptions;
import io.sibyl.driver.internal.request.RequestMessages;
import io.sibyl.driver.internal.session.SessionConfig;
import org.junit.jupiter.api.Test;

/** Which write timestamp a statement's message carries. */
class RequestMessagesTimestampTest {
  private final SessionConfig config = TestSessionConfigs.defaults();
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
    assertThat(bytes(messages.toMessage(simple, config, ProtocolVersion.V4, 777L)))
        .isEqualTo(bytes(query("DELETE FROM t WHERE k = 1", 6L)));
  }

  @Test
  void should_send_no_timestamp_when_neither_the_statement_nor_the_request_has_one() {
    SimpleStatement simple = SimpleStatement.of("DELETE FROM t WHERE k = 1");

    Request message =
        messages.toMessage(simple, config, ProtocolVersion.V4, Statement.NO_TIMESTAMP);

    assertThat(bytes(message))
        .isEqualTo(bytes(query("DELETE FROM t WHERE k = 1", QueryOptions.NO_TIMESTAMP)));
  }

  /** The QUERY the session's defaults give: LOCAL_ONE, 100 rows a page, SERIAL. */
  private static Query query(String cql, long timestamp) {
    return new Query(
        cql,
        new QueryOptions(
            Consistency.LOCAL_ONE.code(),
            null,
            null,
            false,
            100,
            null,
            Consistency.SERIAL.code(),
            timestamp,
            null,
            QueryOptions.NO_NOW_IN_SECONDS));
  }

  private static byte[] bytes(Request message) {
    ByteBuf out = Unpooled.buffer();
    try {
      message.encode(out, ProtocolVersion.V4);
      assertThat(out.readableBytes()).isEqualTo(message.encodedSize(ProtocolVersion.V4));
      return ByteBufUtil.getBytes(out);
    } finally {
      out.release();
    }
  }
}
