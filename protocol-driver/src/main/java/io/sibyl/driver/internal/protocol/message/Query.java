package io.sibyl.driver.internal.protocol.message;

import io.netty.buffer.ByteBuf;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.internal.protocol.Opcode;
import io.sibyl.driver.internal.protocol.Primitives;
import io.sibyl.driver.internal.protocol.Request;
import java.util.Objects;

/**
 * QUERY (spec section 4.1.4): runs a CQL string. Body: {@code <query><query_parameters>}.
 *
 * @param query the CQL text, a [long string]
 * @param options the query parameters
 */
public record Query(String query, QueryOptions options) implements Request {
  /** Checks the components. */
  public Query {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(options, "options");
  }

  @Override
  public int opcode() {
    return Opcode.QUERY;
  }

  @Override
  public int encodedSize(ProtocolVersion version) {
    return Primitives.sizeOfLongString(query) + options.encodedSize(version);
  }

  @Override
  public void encode(ByteBuf out, ProtocolVersion version) {
    Primitives.writeLongString(out, query);
    options.encode(out, version);
  }

  @Override
  public String toString() {
    return "QUERY \"" + query + "\"";
  }
}
