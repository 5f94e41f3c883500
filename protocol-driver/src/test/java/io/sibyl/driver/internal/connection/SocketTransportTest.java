package io.sibyl.driver.internal.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.Transport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SocketTransportTest {
  private static final UnsupportedOperationException NO_LIBRARY =
      new UnsupportedOperationException("failed to load the required native library");

  @Test
  void should_pick_epoll_by_default_where_its_native_library_loads() {
    // The build runs on Linux x86_64 with the driver's runtime dependencies: the library loads.
    assertThat(Epoll.isAvailable()).as("epoll on the build machine").isTrue();

    SocketTransport auto = SocketTransport.resolve(Transport.AUTO);

    assertThat(auto.transport()).isEqualTo(Transport.EPOLL);
    assertThat(auto.channelClass()).isEqualTo(EpollSocketChannel.class);
    assertThat(auto.fallbackReason()).isNull();
    assertThat(SocketTransport.resolve(Transport.EPOLL).transport()).isEqualTo(Transport.EPOLL);
  }

  @Test
  void should_use_nio_without_probing_epoll_when_nio_is_configured() {
    AtomicInteger probes = new AtomicInteger();

    SocketTransport nio =
        SocketTransport.resolve(
            Transport.NIO,
            () -> {
              probes.incrementAndGet();
              return null;
            },
            () -> {
              throw new AssertionError("epoll built");
            });

    assertThat(nio.transport()).isEqualTo(Transport.NIO);
    assertThat(nio.channelClass()).isEqualTo(NioSocketChannel.class);
    assertThat(nio.fallbackReason()).isNull();
    assertThat(probes).hasValue(0);
  }

  @Test
  void should_fall_back_to_nio_and_say_why_when_epoll_does_not_load() {
    SocketTransport auto =
        SocketTransport.resolve(
            Transport.AUTO,
            () -> NO_LIBRARY,
            () -> {
              throw new AssertionError("epoll built");
            });

    assertThat(auto.transport()).isEqualTo(Transport.NIO);
    assertThat(auto.channelClass()).isEqualTo(NioSocketChannel.class);
    assertThat(auto.fallbackReason()).isEqualTo("failed to load the required native library");
  }

  @Test
  void should_fall_back_to_nio_when_the_epoll_classes_are_missing() {
    SocketTransport auto =
        SocketTransport.resolve(
            Transport.AUTO,
            () -> new NoClassDefFoundError("io/netty/channel/epoll/Epoll"),
            () -> {
              throw new AssertionError("epoll built");
            });

    assertThat(auto.transport()).isEqualTo(Transport.NIO);
    assertThat(auto.fallbackReason()).isEqualTo("Netty's epoll classes are not on the class path");
  }

  @Test
  void should_refuse_to_start_when_epoll_is_configured_but_does_not_load() {
    assertThatThrownBy(
            () ->
                SocketTransport.resolve(
                    Transport.EPOLL,
                    () -> NO_LIBRARY,
                    () -> {
                      throw new AssertionError("epoll built");
                    }))
        .isInstanceOf(DriverException.class)
        .hasCause(NO_LIBRARY)
        .hasMessage(
            "The epoll transport was asked for but cannot be used here (failed to load the"
                + " required native library): it needs Linux and"
                + " io.netty:netty-transport-native-epoll with the classifier of this platform on"
                + " the class path; configure transport AUTO or NIO to run on NIO");
  }
}
