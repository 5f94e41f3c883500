/**
 * A fault-injecting TCP proxy for tests against Cassandra: {@link
 * io.sibyl.testsupport.proxy.FaultProxy} (one node), {@link
 * io.sibyl.testsupport.proxy.FaultProxies} (one proxy per node), {@link
 * io.sibyl.testsupport.proxy.FaultRule} (what to do to the bytes), {@link
 * io.sibyl.testsupport.proxy.FrameSelector} (which native-protocol envelopes), {@link
 * io.sibyl.testsupport.proxy.ProxyCounters} and {@link io.sibyl.testsupport.proxy.ProxyListener}
 * (what went through).
 */
package io.sibyl.testsupport.proxy;
