package io.sibyl.driver;

import io.sibyl.driver.error.InvalidPagingTokenException;
import io.sibyl.driver.error.InvalidPagingTokenException.Check;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * Where a paged query stopped, in a form that is safe to hand to a client (a "next page" link, say)
 * and to take back: a URL-safe string (Base64url without padding) that carries the raw paging
 * state, a keyed hash of the statement's text, keyspace and bound values (the values cannot be read
 * back from it), the protocol version, and an HMAC-SHA256 over all of it.
 *
 * <p>Get one from {@link ResultSet#pagingToken()} or {@link AsyncResultSet#pagingToken()}; resume
 * with {@link Statement#withPagingToken(PagingToken)} on the same statement and values. The session
 * that executes it checks the MAC under its paging-token key (random per session unless given with
 * {@link SessionBuilder#pagingTokenKey(byte[])}), then the protocol version, then the statement,
 * and refuses a token that fails any check with an {@link InvalidPagingTokenException}.
 *
 * <p>{@link #parse(String)} only checks the format. Immutable.
 */
public final class PagingToken {
  static final int FORMAT_VERSION = 1;
  static final int HASH_LENGTH = 32;
  static final int HEADER_LENGTH = 2 + HASH_LENGTH;
  private static final int MIN_LENGTH = HEADER_LENGTH + HASH_LENGTH;
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  /** format version, protocol version, statement hash, paging state, MAC. */
  private final byte[] bytes;

  private PagingToken(byte[] bytes) {
    this.bytes = bytes;
  }

  /** A token made of its bytes, already laid out and signed. */
  static PagingToken ofBytes(byte[] bytes) {
    return new PagingToken(bytes);
  }

  /**
   * Reads a token from its string form, checking only its format (the session that resumes it
   * checks the rest).
   *
   * @throws InvalidPagingTokenException ({@link Check#FORMAT}) if the string is not a token's
   */
  public static PagingToken parse(String token) {
    if (token == null) {
      throw malformed("it is null");
    }
    byte[] decoded;
    try {
      decoded = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException e) {
      throw malformed("it is not Base64url");
    }
    if (!ENCODER.encodeToString(decoded).equals(token)) {
      throw malformed("it is not in canonical Base64url form without padding");
    }
    if (decoded.length < MIN_LENGTH) {
      throw malformed("it is " + decoded.length + " bytes long, shorter than any token");
    }
    if (decoded[0] != FORMAT_VERSION) {
      throw malformed("its format version " + decoded[0] + " is unknown to this driver");
    }
    if (decoded[1] != ProtocolVersion.V4.code() && decoded[1] != ProtocolVersion.V5.code()) {
      throw malformed("its protocol version " + decoded[1] + " is unknown to this driver");
    }
    return new PagingToken(decoded);
  }

  private static InvalidPagingTokenException malformed(String why) {
    return new InvalidPagingTokenException(
        Check.FORMAT,
        "This is not a paging token issued by Sibyl: "
            + why
            + ". Pass back the exact string that pagingToken() returned, or start again from the"
            + " first page");
  }

  /** The raw paging state the token carries (a read-only view), as the server sent it. */
  public ByteBuffer pagingState() {
    return ByteBuffer.wrap(bytes, HEADER_LENGTH, bytes.length - MIN_LENGTH)
        .slice()
        .asReadOnlyBuffer();
  }

  /**
   * The protocol version of the session that issued the token, as the token says (trusted only once
   * the MAC verifies).
   */
  public ProtocolVersion protocolVersion() {
    return ProtocolVersion.fromCode(bytes[1]);
  }

  /** The token's bytes (a copy). */
  byte[] bytes() {
    return bytes.clone();
  }

  /** The URL-safe string form (Base64url, no padding), to hand out and {@link #parse} back. */
  public String asString() {
    return ENCODER.encodeToString(bytes);
  }

  /** The same as {@link #asString()}. */
  @Override
  public String toString() {
    return asString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PagingToken token && Arrays.equals(bytes, token.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }
}
