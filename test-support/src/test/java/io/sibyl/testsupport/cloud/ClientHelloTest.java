package io.sibyl.testsupport.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.junit.jupiter.api.Test;

class ClientHelloTest {

  @Test
  void should_find_the_server_name_that_the_jdk_sends() throws Exception {
    byte[] record = clientHello("0b9e7c4c-51c5-4a5e-9d0f-3f1a9c1e2d77");
    byte[] header = Arrays.copyOf(record, 5);

    int length = ClientHello.recordLength(header);

    assertThat(length).isEqualTo(record.length - 5);
    assertThat(ClientHello.serverName(Arrays.copyOfRange(record, 5, record.length)))
        .isEqualTo("0b9e7c4c-51c5-4a5e-9d0f-3f1a9c1e2d77");
  }

  @Test
  void should_give_null_without_a_server_name() throws Exception {
    byte[] record = clientHello(null);

    assertThat(ClientHello.serverName(Arrays.copyOfRange(record, 5, record.length))).isNull();
  }

  @Test
  void should_refuse_what_is_not_a_handshake_or_is_truncated() throws Exception {
    assertThatThrownBy(() -> ClientHello.recordLength("GET /".getBytes()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not start with a TLS handshake record");
    byte[] record = clientHello("node");
    assertThatThrownBy(() -> ClientHello.serverName(Arrays.copyOfRange(record, 5, 60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("truncated ClientHello");
  }

  private static byte[] clientHello(String serverName) throws Exception {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, null, null);
    SSLEngine engine = context.createSSLEngine("127.0.0.1", 9042);
    engine.setUseClientMode(true);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setServerNames(
        serverName == null ? List.of() : List.of(new SNIHostName(serverName)));
    engine.setSSLParameters(parameters);
    ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
    engine.wrap(ByteBuffer.allocate(0), out);
    out.flip();
    byte[] bytes = new byte[out.remaining()];
    out.get(bytes);
    return bytes;
  }
}
