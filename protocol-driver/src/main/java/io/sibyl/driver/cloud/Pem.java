package io.sibyl.driver.cloud;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads PEM certificates and private keys (PKCS#8, or PKCS#1 RSA) with the JDK alone. */
final class Pem {
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

  // DER of AlgorithmIdentifier { rsaEncryption, NULL } and of INTEGER 0 (the PKCS#8 version).
  private static final byte[] RSA_ALGORITHM = {
    0x30,
    0x0d,
    0x06,
    0x09,
    0x2a,
    (byte) 0x86,
    0x48,
    (byte) 0x86,
    (byte) 0xf7,
    0x0d,
    0x01,
    0x01,
    0x01,
    0x05,
    0x00
  };
  private static final byte[] VERSION_ZERO = {0x02, 0x01, 0x00};

  private Pem() {}

  /**
   * The certificates in {@code pem}, in order.
   *
   * @throws GeneralSecurityException if a block is not an X.509 certificate
   * @throws IllegalArgumentException if there is none
   */
  static List<X509Certificate> certificates(String pem) throws GeneralSecurityException {
    CertificateFactory factory = CertificateFactory.getInstance("X.509");
    List<X509Certificate> result = new ArrayList<>();
    Matcher matcher = BLOCK.matcher(pem);
    while (matcher.find()) {
      if (matcher.group(1).equals("CERTIFICATE")) {
        result.add(
            (X509Certificate)
                factory.generateCertificate(new ByteArrayInputStream(decode(matcher.group(2)))));
      }
    }
    if (result.isEmpty()) {
      throw new IllegalArgumentException("no PEM CERTIFICATE block");
    }
    return result;
  }

  /**
   * The private key in {@code pem}: a {@code PRIVATE KEY} (PKCS#8, RSA or EC) or {@code RSA PRIVATE
   * KEY} (PKCS#1) block.
   *
   * @throws GeneralSecurityException if the key cannot be decoded
   * @throws IllegalArgumentException if there is no such block
   */
  static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    Matcher matcher = BLOCK.matcher(pem);
    while (matcher.find()) {
      byte[] der = decode(matcher.group(2));
      switch (matcher.group(1)) {
        case "PRIVATE KEY":
          return pkcs8(der);
        case "RSA PRIVATE KEY":
          return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(wrap(der)));
        default:
          break;
      }
    }
    throw new IllegalArgumentException(
        "no PEM 'PRIVATE KEY' or 'RSA PRIVATE KEY' block (encrypted keys are not supported)");
  }

  private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
    GeneralSecurityException last = null;
    for (String algorithm : new String[] {"RSA", "EC"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        last = e;
      }
    }
    throw last;
  }

  // PrivateKeyInfo ::= SEQUENCE { version 0, AlgorithmIdentifier rsa, OCTET STRING pkcs1 }
  private static byte[] wrap(byte[] pkcs1) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(VERSION_ZERO);
    body.writeBytes(RSA_ALGORITHM);
    body.write(0x04);
    body.writeBytes(length(pkcs1.length));
    body.writeBytes(pkcs1);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    out.writeBytes(length(body.size()));
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static byte[] length(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    if (length < 0x100) {
      return new byte[] {(byte) 0x81, (byte) length};
    }
    if (length < 0x10000) {
      return new byte[] {(byte) 0x82, (byte) (length >> 8), (byte) length};
    }
    return new byte[] {(byte) 0x83, (byte) (length >> 16), (byte) (length >> 8), (byte) length};
  }

  private static byte[] decode(String base64) {
    return Base64.getMimeDecoder().decode(base64.replaceAll("\\s", ""));
  }
}
