/**
 * Test support for Sibyl and its users: a fault-injecting native-protocol proxy, a JUnit 5
 * extension that fails a test class when Netty reports a buffer leak, a loopback cloud (a metadata
 * service, an SNI proxy and secure connect bundles) and a source scanner for architecture tests.
 */
module io.sibyl.testsupport {
  requires io.netty.buffer;
  requires io.netty.common;
  requires io.netty.transport;
  requires org.slf4j;
  requires static org.junit.jupiter.api;
  requires jdk.httpserver;

  exports io.sibyl.testsupport.leak;
  exports io.sibyl.testsupport.proxy;
  exports io.sibyl.testsupport.cloud;
  exports io.sibyl.testsupport.arch;
}
