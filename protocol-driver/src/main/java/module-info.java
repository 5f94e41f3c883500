/** Sibyl's native-protocol driver for Apache Cassandra. */
module io.sibyl.driver {
  requires io.netty.buffer;
  requires io.netty.common;
  requires io.netty.transport;
  requires io.netty.handler;
  requires io.netty.codec;
  requires io.netty.transport.classes.epoll;
  requires org.slf4j;
  requires java.security.sasl;
  requires java.security.jgss;
  requires java.net.http;
  requires static org.lz4.java;

  exports io.sibyl.driver;
  exports io.sibyl.driver.error;
  exports io.sibyl.driver.type;
  exports io.sibyl.driver.type.codec;
  exports io.sibyl.driver.type.geometry;
  exports io.sibyl.driver.metadata;
  exports io.sibyl.driver.auth;
  exports io.sibyl.driver.policy;
  exports io.sibyl.driver.cloud;
}
