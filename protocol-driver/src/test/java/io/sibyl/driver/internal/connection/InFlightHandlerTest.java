package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.embedded.EmbeddedChannel;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.error.BusyConnectionException;
import io.sibyl.driver.error.ConnectionException;
import io.sibyl.driver.error.ProtocolException;
import io.sibyl.driver.internal.protocol.Frame;
import io.sibyl.driver.internal.protocol.Request;
import io.sibyl.driver.internal.protocol.message.Event;
import io.sibyl.driver.internal.protocol.message.Options;
import io.sibyl.driver.internal.protocol.message.Ready;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class InFlightHandlerTest {
  private final List<Event> events = new ArrayList<>();
  private final InFlightHandler handler =
      new InFlightHandler(ProtocolVersion.V5, 64, 2, events::add, "[test]");
  private final EmbeddedChannel channel =
      new EmbeddedChannel(new RequestFrames(ProtocolVersion.V5), handler);

  @AfterEach
  void nothingLeftOver() {
    channel.finishAndReleaseAll();
  }

  @Test
  void should_assign_distinct_stream_ids_and_route_each_response_to_its_request() {
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    channel.writeOutbound(first, second);
    Frame firstFrame = channel.readOutbound();
    Frame secondFrame = channel.readOutbound();
    assertThat(firstFrame.streamId()).isNotEqualTo(secondFrame.streamId());
    assertThat(handler.inFlight()).isEqualTo(2);

    channel.writeInbound(response(secondFrame.streamId()));
    assertThat(second.responses).hasSize(1);
    assertThat(first.responses).isEmpty();
    channel.writeInbound(response(firstFrame.streamId()));
    assertThat(first.responses).hasSize(1);
    assertThat(handler.inFlight()).isZero();
  }

  @Test
  void should_fail_only_the_request_whose_body_could_not_be_decoded() {
    Recorder broken = new Recorder();
    Recorder healthy = new Recorder();
    channel.writeOutbound(broken, healthy);
    Frame brokenFrame = channel.readOutbound();
    Frame healthyFrame = channel.readOutbound();

    channel.writeInbound(
        new DecodeFailure(brokenFrame.streamId(), new ProtocolException("bad body")));
    channel.writeInbound(response(healthyFrame.streamId()));

    assertThat(broken.failures).singleElement().isInstanceOf(ProtocolException.class);
    assertThat(healthy.responses).hasSize(1);
    assertThat(handler.inFlight()).isZero();
    assertThat(channel.isOpen()).isTrue();
  }

  @Test
  void should_fail_every_pending_request_and_free_their_ids_when_the_connection_closes() {
    Recorder first = new Recorder();
    Recorder second = new Recorder();
    channel.writeOutbound(first, second);
    channel.close();

    assertThat(first.failures).singleElement().isInstanceOf(ConnectionException.class);
    assertThat(second.failures).singleElement().isInstanceOf(ConnectionException.class);
    assertThat(handler.inFlight()).isZero();
  }

  @Test
  void should_fail_pending_requests_with_a_protocol_exception_naming_the_connection() {
    Recorder pending = new Recorder();
    channel.writeOutbound(pending);
    channel.pipeline().fireExceptionCaught(new ProtocolException("CRC32 mismatch"));

    assertThat(pending.failures)
        .singleElement()
        .isInstanceOf(ProtocolException.class)
        .extracting(Throwable::getMessage)
        .asString()
        .contains("[test]", "CRC32 mismatch");
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void should_keep_an_abandoned_id_reserved_until_its_late_response_arrives() {
    Recorder timedOut = new Recorder();
    channel.writeOutbound(timedOut);
    Frame frame = channel.readOutbound();
    handler.abandon(channel.pipeline().context(handler), timedOut);
    assertThat(handler.inFlight()).isEqualTo(1);
    assertThat(handler.orphans()).isEqualTo(1);

    channel.writeInbound(response(frame.streamId()));

    assertThat(timedOut.responses).isEmpty();
    assertThat(handler.inFlight()).isZero();
    assertThat(handler.orphans()).isZero();
  }

  @Test
  void should_find_an_abandoned_request_by_the_stream_id_it_kept() {
    Recorder other = new Recorder();
    Recorder timedOut = new Recorder();
    channel.writeOutbound(other, timedOut);
    Frame frame = channel.readOutbound();
    Frame timedOutFrame = channel.readOutbound();
    assertThat(timedOut.streamId).isEqualTo(timedOutFrame.streamId());

    handler.abandon(channel.pipeline().context(handler), timedOut);
    channel.writeInbound(response(timedOutFrame.streamId()), response(frame.streamId()));

    assertThat(timedOut.responses).isEmpty();
    assertThat(other.responses).hasSize(1);
    assertThat(handler.orphans()).isZero();
    assertThat(handler.inFlight()).isZero();
  }

  @Test
  void should_close_the_connection_when_too_many_requests_were_abandoned() {
    List<Recorder> requests = List.of(new Recorder(), new Recorder(), new Recorder());
    requests.forEach(channel::writeOutbound);
    for (Recorder request : requests) {
      handler.abandon(channel.pipeline().context(handler), request);
    }
    assertThat(channel.isOpen()).isFalse();
  }

  @Test
  void should_refuse_a_request_when_every_stream_id_is_taken() {
    for (int i = 0; i < 64; i++) {
      channel.writeOutbound(new Recorder());
    }
    Recorder oneTooMany = new Recorder();
    channel.writeOutbound(oneTooMany);
    assertThat(oneTooMany.failures).singleElement().isInstanceOf(BusyConnectionException.class);
    channel.outboundMessages().clear();
  }

  @Test
  void should_ignore_a_response_for_an_unknown_stream_id() {
    channel.writeInbound(response(12));
    assertThat(handler.inFlight()).isZero();
    assertThat(channel.isOpen()).isTrue();
  }

  private static Frame response(int streamId) {
    return new Frame(
        ProtocolVersion.V5, streamId, 0, false, null, Map.of(), List.of(), Ready.INSTANCE);
  }

  private static final class Recorder implements OutboundRequest {
    final List<Frame> responses = new ArrayList<>();
    final List<Throwable> failures = new ArrayList<>();
    int streamId = -1;

    @Override
    public void streamIdAssigned(int id) {
      streamId = id;
    }

    @Override
    public int assignedStreamId() {
      return streamId;
    }

    @Override
    public Request message() {
      return Options.INSTANCE;
    }

    @Override
    public void onResponse(Frame response) {
      responses.add(response);
    }

    @Override
    public void onFailure(Throwable error) {
      failures.add(error);
    }
  }
}
