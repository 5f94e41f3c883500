/** Test support for Sibyl and its users: a fault-injecting native-protocol proxy. */
module io.sibyl.testsupport {
  requires io.netty.buffer;
  requires io.netty.common;
  requires io.netty.transport;
  requires org.slf4j;

  exports io.sibyl.testsupport.proxy;
}
