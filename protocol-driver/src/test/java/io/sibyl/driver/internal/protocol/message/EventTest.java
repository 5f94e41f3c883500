package io.sibyl.driver.internal.protocol.message;

import static io.sibyl.driver.internal.protocol.message.MessageTestSupport.decode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Bytes;
import io.sibyl.driver.internal.protocol.Opcode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventTest {
  private static Bytes inet(Bytes bytes) {
    return bytes.int8(4).hex("7f000002").int32(9042);
  }

  private static final InetSocketAddress ADDRESS =
      new InetSocketAddress(addressOf("127.0.0.2"), 9042);

  private static InetAddress addressOf(String ip) {
    try {
      return InetAddress.getByName(ip);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_a_topology_change(ProtocolVersion version) {
    byte[] body = inet(Bytes.builder().string("TOPOLOGY_CHANGE").string("NEW_NODE")).build();
    Event event = decode(body, version, Event::decode);
    assertThat(event)
        .isEqualTo(new Event.TopologyChangeEvent(Event.TopologyChangeEvent.NEW_NODE, ADDRESS));
    assertThat(event.opcode()).isEqualTo(Opcode.EVENT);
    assertThat(event.type()).isEqualTo(Event.TOPOLOGY_CHANGE);
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_a_status_change(ProtocolVersion version) {
    byte[] body = inet(Bytes.builder().string("STATUS_CHANGE").string("DOWN")).build();
    assertThat(decode(body, version, Event::decode))
        .isEqualTo(new Event.StatusChangeEvent(Event.StatusChangeEvent.DOWN, ADDRESS));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_decode_schema_changes_of_every_target(ProtocolVersion version) {
    Bytes prefix = Bytes.builder().string("SCHEMA_CHANGE");
    assertThat(
            decode(
                prefix.string("CREATED").string("KEYSPACE").string("ks").build(),
                version,
                Event::decode))
        .isEqualTo(new Event.SchemaChangeEvent("CREATED", "KEYSPACE", "ks", null, List.of()));
    assertThat(
            decode(
                Bytes.builder()
                    .string("SCHEMA_CHANGE")
                    .string("UPDATED")
                    .string("TABLE")
                    .string("ks")
                    .string("t")
                    .build(),
                version,
                Event::decode))
        .isEqualTo(new Event.SchemaChangeEvent("UPDATED", "TABLE", "ks", "t", List.of()));
    assertThat(
            decode(
                Bytes.builder()
                    .string("SCHEMA_CHANGE")
                    .string("DROPPED")
                    .string("FUNCTION")
                    .string("ks")
                    .string("f")
                    .stringList("int", "text")
                    .build(),
                version,
                Event::decode))
        .isEqualTo(
            new Event.SchemaChangeEvent("DROPPED", "FUNCTION", "ks", "f", List.of("int", "text")));
  }

  @ParameterizedTest
  @EnumSource(ProtocolVersion.class)
  void should_refuse_an_unknown_event_type(ProtocolVersion version) {
    assertThatThrownBy(
            () -> decode(Bytes.builder().string("GOSSIP").build(), version, Event::decode))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GOSSIP");
  }
}
