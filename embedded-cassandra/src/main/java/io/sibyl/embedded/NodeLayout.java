package io.sibyl.embedded;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;

/**
 * Where one node lives: its number (1-based), its loopback address, its ports and the files under
 * its directory.
 *
 * @param number the node's number, 1 to 3; also the last byte of its address
 * @param address the node's listen, broadcast and RPC address
 * @param nativePort the node's CQL port
 * @param storagePort the node's internode port
 * @param directory the node's own directory (configuration, data, logs)
 */
record NodeLayout(
    int number, InetAddress address, int nativePort, int storagePort, Path directory) {

  /** The name used in logs and directory names, e.g. {@code node1}. */
  String name() {
    return "node" + number;
  }

  InetSocketAddress nativeAddress() {
    return new InetSocketAddress(address, nativePort);
  }

  /** How other nodes' logs name this node, e.g. {@code /127.0.42.1:7000}. */
  String gossipName() {
    return "/" + address.getHostAddress() + ":" + storagePort;
  }

  Path configDirectory() {
    return directory.resolve("conf");
  }

  Path yamlFile() {
    return configDirectory().resolve("cassandra.yaml");
  }

  Path logbackFile() {
    return configDirectory().resolve("logback.xml");
  }

  /** Read by GossipingPropertyFileSnitch (see {@code -Dcassandra-rackdc.properties}). */
  Path rackDcFile() {
    return configDirectory().resolve("cassandra-rackdc.properties");
  }

  Path logDirectory() {
    return directory.resolve("logs");
  }

  Path logFile() {
    return logDirectory().resolve("system.log");
  }

  Path dataDirectory() {
    return directory.resolve("data");
  }

  Path commitlogDirectory() {
    return directory.resolve("commitlog");
  }

  Path hintsDirectory() {
    return directory.resolve("hints");
  }

  Path savedCachesDirectory() {
    return directory.resolve("saved_caches");
  }

  Path cdcDirectory() {
    return directory.resolve("cdc_raw");
  }

  Path triggersDirectory() {
    return directory.resolve("triggers");
  }
}
