package io.sibyl.driver.internal.connection;

import io.netty.channel.Channel;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.sibyl.driver.DriverException;
import io.sibyl.driver.Transport;
import java.util.function.Supplier;

/**
 * The transport a session runs on, resolved from the configured {@link Transport}: the event loops'
 * I/O handler and the matching channel class. Epoll's classes are only touched after they are known
 * to load, so the driver runs without them (the shaded jar leaves them out) and on platforms where
 * the native library does not load.
 *
 * @param transport {@link Transport#NIO} or {@link Transport#EPOLL}, never {@code AUTO}
 * @param ioHandlers the event loops' I/O handler factory
 * @param channelClass the socket channel class connections are opened with
 * @param fallbackReason why {@code AUTO} fell back to NIO, or null
 */
public record SocketTransport(
    Transport transport,
    IoHandlerFactory ioHandlers,
    Class<? extends Channel> channelClass,
    String fallbackReason) {

  /**
   * Resolves the configured transport.
   *
   * @throws DriverException if epoll is asked for explicitly and cannot be loaded here
   */
  public static SocketTransport resolve(Transport requested) {
    return resolve(requested, SocketTransport::epollUnavailability, EpollClasses::transport);
  }

  /**
   * Resolves with the given probes, so that the fallback can be tested where epoll does load.
   *
   * @param epollUnavailability why epoll cannot be used here, or null when it can
   * @param epoll the epoll transport, called only when it can be used
   */
  static SocketTransport resolve(
      Transport requested,
      Supplier<Throwable> epollUnavailability,
      Supplier<SocketTransport> epoll) {
    if (requested == Transport.NIO) {
      return nio(null);
    }
    Throwable cause = epollUnavailability.get();
    if (cause == null) {
      return epoll.get();
    }
    if (requested == Transport.EPOLL) {
      throw new DriverException(
          "The epoll transport was asked for but cannot be used here ("
              + describe(cause)
              + "): it needs Linux and io.netty:netty-transport-native-epoll with the classifier of"
              + " this platform on the class path; configure transport AUTO or NIO to run on NIO",
          cause);
    }
    return nio(describe(cause));
  }

  /** NIO, which every platform has. */
  public static SocketTransport nio(String fallbackReason) {
    return new SocketTransport(
        Transport.NIO, NioIoHandler.newFactory(), NioSocketChannel.class, fallbackReason);
  }

  /** The transport's name in logs: {@code nio} or {@code epoll}. */
  public String displayName() {
    return transport.name().toLowerCase(java.util.Locale.ROOT);
  }

  private static Throwable epollUnavailability() {
    try {
      return EpollClasses.unavailability();
    } catch (LinkageError e) {
      // The epoll classes are not on the class path (or not relocated with the driver).
      return e;
    }
  }

  private static String describe(Throwable cause) {
    if (cause instanceof LinkageError) {
      return "Netty's epoll classes are not on the class path";
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }

  /** The only class that names epoll's classes; loaded once they are known to be there. */
  private static final class EpollClasses {
    private EpollClasses() {}

    static Throwable unavailability() {
      return io.netty.channel.epoll.Epoll.isAvailable()
          ? null
          : io.netty.channel.epoll.Epoll.unavailabilityCause();
    }

    static SocketTransport transport() {
      return new SocketTransport(
          Transport.EPOLL,
          io.netty.channel.epoll.EpollIoHandler.newFactory(),
          io.netty.channel.epoll.EpollSocketChannel.class,
          null);
    }
  }
}
