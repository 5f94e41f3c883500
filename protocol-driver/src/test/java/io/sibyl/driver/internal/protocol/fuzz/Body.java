package io.sibyl.driver.internal.protocol.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Builds a message body in the spec's notations, like {@code Bytes}, and also remembers where each
 * length or count field is, so that the fuzzer can set exactly those fields to edge values.
 */
final class Body {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final List<Field> fields = new ArrayList<>();

  /** A length or count field: its offset in the body and its width (1, 2 or 4 bytes). */
  record Field(int offset, int width) {}

  Body int8(int value) {
    out.write(value);
    return this;
  }

  Body int16(int value) {
    return int8(value >>> 8).int8(value);
  }

  Body int32(int value) {
    return int16(value >>> 16).int16(value);
  }

  Body int64(long value) {
    return int32((int) (value >>> 32)).int32((int) value);
  }

  Body raw(byte[] bytes) {
    out.writeBytes(bytes);
    return this;
  }

  /** A 2-byte length or count, tracked. */
  Body count16(int value) {
    fields.add(new Field(out.size(), 2));
    return int16(value);
  }

  /** A 4-byte length or count, tracked. */
  Body count32(int value) {
    fields.add(new Field(out.size(), 4));
    return int32(value);
  }

  Body string(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    return count16(utf8.length).raw(utf8);
  }

  Body longString(String value) {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    return count32(utf8.length).raw(utf8);
  }

  Body bytes(byte[] value) {
    return value == null ? count32(-1) : count32(value.length).raw(value);
  }

  Body shortBytes(byte[] value) {
    return count16(value.length).raw(value);
  }

  Body stringList(List<String> values) {
    count16(values.size());
    values.forEach(this::string);
    return this;
  }

  Body stringMultimap(Map<String, List<String>> map) {
    count16(map.size());
    map.forEach(
        (key, values) -> {
          string(key);
          stringList(values);
        });
    return this;
  }

  Body bytesMap(Map<String, byte[]> map) {
    count16(map.size());
    map.forEach(
        (key, value) -> {
          string(key);
          bytes(value);
        });
    return this;
  }

  Body uuid(UUID value) {
    return int64(value.getMostSignificantBits()).int64(value.getLeastSignificantBits());
  }

  /** An [inetaddr] (its length byte tracked). */
  Body inetAddr(byte[] address) {
    fields.add(new Field(out.size(), 1));
    return int8(address.length).raw(address);
  }

  /** An [inet]: [inetaddr] and port. */
  Body inet(byte[] address, int port) {
    return inetAddr(address).int32(port);
  }

  /** Appends another body, keeping its tracked fields. */
  Body append(Body other) {
    int shift = out.size();
    for (Field field : other.fields) {
      fields.add(new Field(field.offset() + shift, field.width()));
    }
    out.writeBytes(other.out.toByteArray());
    return this;
  }

  /** Appends a [bytes] holding another body, keeping its tracked fields. */
  Body bytesOf(Body value) {
    count32(value.size());
    return append(value);
  }

  int size() {
    return out.size();
  }

  byte[] build() {
    return out.toByteArray();
  }

  List<Field> fields() {
    return List.copyOf(fields);
  }
}
