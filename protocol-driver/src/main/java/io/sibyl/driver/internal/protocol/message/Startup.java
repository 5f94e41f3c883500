package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;
import java.util.Map;
import java.util.Objects;

/**
 * STARTUP (spec section 4.1.1): opens the connection. Body: a [string map] of options such as
 * {@code CQL_VERSION} (mandatory, "3.0.0"), {@code COMPRESSION}, {@code DRIVER_NAME}, {@code
 * DRIVER_VERSION}. Never compressed.
 *
 * @param options the startup options
 */
public record Startup(Map<String, String> options) implements Request {
  /** The {@code CQL_VERSION} option key. */
  public static final String CQL_VERSION = "CQL_VERSION";

  /** The {@code COMPRESSION} option key. */
  public static final String COMPRESSION = "COMPRESSION";

  /** The {@code DRIVER_NAME} option key. */
  public static final String DRIVER_NAME = "DRIVER_NAME";

  /** The {@code DRIVER_VERSION} option key. */
  public static final String DRIVER_VERSION = "DRIVER_VERSION";

  /** The {@code THROW_ON_OVERLOAD} option key. */
  public static final String THROW_ON_OVERLOAD = "THROW_ON_OVERLOAD";

  /** Checks the components. */
  public Startup {
    Objects.requireNonNull(options, "options");
  }

  @Override
  public int opcode() {
    return Opcode.STARTUP;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    return Primitives.sizeOfStringMap(options);
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {
    Primitives.writeStringMap(out, options);
  }
}
