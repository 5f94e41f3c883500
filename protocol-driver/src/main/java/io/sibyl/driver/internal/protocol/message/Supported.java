package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Response;
import java.util.List;
import java.util.Map;

/**
 * SUPPORTED (spec section 4.2.4): the STARTUP options the server supports. Body: a [string
 * multimap], including {@code PROTOCOL_VERSIONS} ("4/v4", "5/v5"...).
 *
 * @param options each option and its supported values, in wire order
 */
public record Supported(Map<String, List<String>> options) implements Response {
  /** The key listing the protocol versions. */
  public static final String PROTOCOL_VERSIONS = "PROTOCOL_VERSIONS";

  /** The key listing the compression algorithms. */
  public static final String COMPRESSION = "COMPRESSION";

  /** The key listing the CQL versions. */
  public static final String CQL_VERSION = "CQL_VERSION";

  /** Decodes the body. */
  public static Supported decode(ByteBuf body, ProtocolVersion version) {
    return new Supported(Primitives.readStringMultimap(body));
  }

  @Override
  public int opcode() {
    return Opcode.SUPPORTED;
  }
}
