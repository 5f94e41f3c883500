/**
 * Test support for Sibyl and its users: a fault-injecting native-protocol proxy, and a JUnit 5
 * extension that fails a test class when Netty reports a buffer leak.
 */
module io.sibyl.testsupport {
  requires io.netty.buffer;
  requires io.netty.common;
  requires io.netty.transport;
  requires org.slf4j;
  requires static org.junit.jupiter.api;

  exports io.sibyl.testsupport.leak;
  exports io.sibyl.testsupport.proxy;
}
