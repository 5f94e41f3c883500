package io.sibyl.driver.internal.codec;

import io.sibyl.driver.error.CodecException;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.GenericType;
import io.sibyl.driver.type.codec.TypeCodec;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/**
 * {@code inet} as {@link InetAddress}: 4 bytes for IPv4, 16 for IPv6 (IPv4-mapped IPv6 addresses
 * stay IPv6). Never resolves host names.
 */
public final class InetCodec implements TypeCodec<InetAddress> {
  /** The shared instance. */
  public static final InetCodec INSTANCE = new InetCodec();

  private InetCodec() {}

  @Override
  public DataType cqlType() {
    return DataTypes.INET;
  }

  @Override
  public GenericType<InetAddress> javaType() {
    return GenericType.INET_ADDRESS;
  }

  @Override
  public ByteBuffer encode(InetAddress value) {
    return value == null ? null : ByteBuffer.wrap(value.getAddress());
  }

  @Override
  public InetAddress decode(ByteBuffer bytes) {
    if (bytes == null || !bytes.hasRemaining()) {
      return null;
    }
    int size = bytes.remaining();
    if (size != 4 && size != 16) {
      throw new CodecException(
          "Invalid inet value: expected 4 bytes (IPv4) or 16 bytes (IPv6) but got "
              + size
              + ". The bytes do not match the type.");
    }
    try {
      byte[] address = Buffers.toArray(bytes);
      return size == 4
          ? InetAddress.getByAddress(address)
          : Inet6Address.getByAddress(null, address, -1);
    } catch (UnknownHostException e) {
      throw new CodecException("Invalid inet value: " + e.getMessage(), e);
    }
  }

  @Override
  public String format(InetAddress value) {
    return value == null ? "NULL" : "'" + value.getHostAddress() + "'";
  }

  @Override
  public InetAddress parse(String literal) {
    if (Literals.isNull(literal)) {
      return null;
    }
    String text = Literals.unquoteIfQuoted(literal, DataTypes.INET);
    boolean ipLiteral = !text.isEmpty() && (text.indexOf(':') >= 0 || isDottedQuad(text));
    for (int i = 0; i < text.length() && ipLiteral; i++) {
      char c = text.charAt(i);
      ipLiteral = Character.digit(c, 16) >= 0 || c == '.' || c == ':';
    }
    if (!ipLiteral) {
      throw Literals.invalid(DataTypes.INET, literal, "expected an IPv4 or IPv6 address");
    }
    try {
      return InetAddress.getByName(text); // an IP literal: no lookup happens
    } catch (UnknownHostException e) {
      throw Literals.invalid(DataTypes.INET, literal, "expected an IPv4 or IPv6 address");
    }
  }

  private static boolean isDottedQuad(String text) {
    return text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
