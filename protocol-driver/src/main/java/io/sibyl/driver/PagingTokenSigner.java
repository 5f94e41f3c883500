package io.sibyl.driver;

import io.sibyl.driver.error.InvalidPagingTokenException;
import io.sibyl.driver.error.InvalidPagingTokenException.Check;
import io.sibyl.driver.internal.request.RequestMessages;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Issues and verifies a session's {@link PagingToken}s. Two keys are derived from the session's
 * paging-token key: one for the statement hash (so that a guessable bound value cannot be found by
 * hashing candidates), one for the MAC. Thread-safe.
 */
final class PagingTokenSigner {
  /** The shortest key {@link SessionBuilder#pagingTokenKey(byte[])} accepts, in bytes. */
  static final int MIN_KEY_LENGTH = 16;

  private static final String HMAC = "HmacSHA256";

  private final SecretKeySpec hashKey;
  private final SecretKeySpec macKey;

  private PagingTokenSigner(byte[] key) {
    SecretKeySpec master = new SecretKeySpec(key, HMAC);
    this.hashKey = new SecretKeySpec(derive(master, "sibyl paging token statement v1"), HMAC);
    this.macKey = new SecretKeySpec(derive(master, "sibyl paging token mac v1"), HMAC);
  }

  /** A signer under the given key (at least {@link #MIN_KEY_LENGTH} bytes), or a random one. */
  static PagingTokenSigner of(byte[] keyOrNull) {
    if (keyOrNull != null) {
      return new PagingTokenSigner(keyOrNull);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    return new PagingTokenSigner(random);
  }

  /**
   * The token for resuming {@code statement} at {@code pagingState}.
   *
   * @param sessionKeyspace the issuing session's keyspace (for statements with unqualified names)
   */
  PagingToken issue(
      Statement<?> statement,
      ByteBuffer pagingState,
      ProtocolVersion version,
      String sessionKeyspace,
      CodecRegistry codecs) {
    ByteBuffer state = pagingState.duplicate();
    byte[] bytes =
        new byte[PagingToken.HEADER_LENGTH + state.remaining() + PagingToken.HASH_LENGTH];
    bytes[0] = PagingToken.FORMAT_VERSION;
    bytes[1] = (byte) version.code();
    byte[] hash = statementHash(statement, sessionKeyspace, codecs);
    System.arraycopy(hash, 0, bytes, 2, hash.length);
    state.get(bytes, PagingToken.HEADER_LENGTH, state.remaining());
    byte[] mac = mac(bytes, bytes.length - PagingToken.HASH_LENGTH);
    System.arraycopy(mac, 0, bytes, bytes.length - mac.length, mac.length);
    return PagingToken.ofBytes(bytes);
  }

  /**
   * Checks that {@code token} was issued under this key, for this protocol version and for this
   * statement with these values; returns its raw paging state.
   *
   * @throws InvalidPagingTokenException naming the first check that failed
   */
  ByteBuffer verify(
      PagingToken token,
      Statement<?> statement,
      ProtocolVersion version,
      String sessionKeyspace,
      CodecRegistry codecs) {
    byte[] bytes = token.bytes();
    int signed = bytes.length - PagingToken.HASH_LENGTH;
    byte[] mac = Arrays.copyOfRange(bytes, signed, bytes.length);
    String text = RequestMessages.queryText(statement);
    if (!MessageDigest.isEqual(mac, mac(bytes, signed))) {
      throw new InvalidPagingTokenException(
          Check.MAC,
          "The paging token does not verify (MAC mismatch): it was altered, or issued by a"
              + " session with another paging-token key. Sessions that resume each other's tokens"
              + " need the same SessionBuilder.pagingTokenKey; otherwise start again from the first"
              + " page. Statement: "
              + text);
    }
    if (bytes[1] != version.code()) {
      throw new InvalidPagingTokenException(
          Check.PROTOCOL_VERSION,
          "The paging token was issued under protocol "
              + token.protocolVersion()
              + " but this session uses "
              + version
              + "; a paging state does not carry over between protocol versions, so start again"
              + " from the first page (or pin the version with SessionBuilder.protocolVersion)."
              + " Statement: "
              + text);
    }
    byte[] expected = statementHash(statement, sessionKeyspace, codecs);
    byte[] actual = Arrays.copyOfRange(bytes, 2, PagingToken.HEADER_LENGTH);
    if (!MessageDigest.isEqual(expected, actual)) {
      throw new InvalidPagingTokenException(
          Check.STATEMENT,
          "The paging token was issued for another statement, keyspace or other bound values than"
              + " this one: "
              + text
              + ". Resume it with the same CQL text and the same values it was issued for, or"
              + " start again from the first page");
    }
    return token.pagingState();
  }

  private byte[] statementHash(
      Statement<?> statement, String sessionKeyspace, CodecRegistry codecs) {
    Mac hash = newMac(hashKey);
    StatementHash.feed(hash, statement, sessionKeyspace, codecs);
    return hash.doFinal();
  }

  private byte[] mac(byte[] bytes, int length) {
    Mac mac = newMac(macKey);
    mac.update(bytes, 0, length);
    return mac.doFinal();
  }

  private static byte[] derive(SecretKeySpec master, String purpose) {
    return newMac(master).doFinal(purpose.getBytes(StandardCharsets.UTF_8));
  }

  private static Mac newMac(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java platform must provide HmacSHA256.
      throw new IllegalStateException("HmacSHA256 is not available on this JVM", e);
    }
  }
}
