package io.sibyl.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the command line that runs one node: the current JDK's {@code java} with the options
 * Cassandra 5.0 needs on Java 17, start-up shortcuts for a disposable test cluster, and {@code
 * CassandraDaemon} from the bundled server class path.
 */
final class NodeCommand {

  static final String MAIN_CLASS = "org.apache.cassandra.service.CassandraDaemon";

  /** Lets the JVM drop the right to lock memory before it starts (see {@link #build}). */
  static final Path SETPRIV = Path.of("/usr/bin/setpriv");

  /** The module access Cassandra 5.0 needs on Java 17 (from its jvm17-server.options). */
  static final List<String> JAVA17_MODULE_ACCESS =
      List.of(
          "--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED",
          "--add-exports=java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
          "--add-exports=java.rmi/sun.rmi.server=ALL-UNNAMED",
          "--add-exports=java.sql/java.sql=ALL-UNNAMED",
          "--add-exports=java.base/java.lang.ref=ALL-UNNAMED",
          "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
          "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
          "--add-exports=jdk.attach/sun.tools.attach=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.loader=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.reflect=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.math=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.module=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.util.jar=ALL-UNNAMED",
          "--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
          "--add-opens=java.base/java.io=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
          "--add-opens=jdk.compiler/com.sun.tools.javac=ALL-UNNAMED",
          "--add-opens=java.base/java.lang=ALL-UNNAMED",
          "--add-opens=java.base/java.util=ALL-UNNAMED");

  /**
   * What Cassandra 4.x additionally needs on Java 17, which it does not support officially: jamm
   * 0.3 measures objects by reflecting into JDK classes of these packages.
   */
  static final List<String> CASSANDRA4_JAVA17_OPENS =
      List.of(
          "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
          "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED",
          "--add-opens=java.base/java.nio=ALL-UNNAMED",
          "--add-opens=java.base/java.nio.charset=ALL-UNNAMED",
          "--add-opens=java.base/java.net=ALL-UNNAMED",
          "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
          "--add-opens=java.base/java.math=ALL-UNNAMED",
          "--add-opens=java.base/java.time=ALL-UNNAMED",
          "--add-opens=java.base/java.security=ALL-UNNAMED",
          "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED",
          "--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED",
          "--add-opens=java.base/java.util.regex=ALL-UNNAMED",
          "--add-opens=java.base/java.text=ALL-UNNAMED",
          "--add-opens=java.base/java.util.zip=ALL-UNNAMED");

  private NodeCommand() {}

  /**
   * Builds the command of {@code node}.
   *
   * @param settings the cluster's settings (heap, extra JVM options)
   * @param node the node to run
   * @param classpath the server class path
   * @param dropMemoryLock whether to run through {@code setpriv} without CAP_IPC_LOCK: Cassandra
   *     locks all its memory with mlockall when it may, which as root would pin every node's heap
   * @return the program and its arguments
   */
  static List<String> build(
      ClusterSettings settings,
      NodeLayout node,
      ServerClasspath classpath,
      boolean dropMemoryLock) {
    List<String> command = new ArrayList<>();
    if (dropMemoryLock) {
      command.addAll(
          List.of(SETPRIV.toString(), "--inh-caps=-ipc_lock", "--bounding-set=-ipc_lock", "--"));
    }
    command.add(ServerJava.executable().toString());
    command.add("-Xms" + settings.heapSize());
    command.add("-Xmx" + settings.heapSize());
    command.add("-Xss256k");
    if (settings.jvmOptions().stream().noneMatch(NodeCommand::selectsGarbageCollector)) {
      // Starts faster than G1 and runs no GC threads beside the others on a small machine.
      command.add("-XX:+UseSerialGC");
    }
    if (settings.fastStartup()) {
      command.add("-XX:TieredStopAtLevel=1");
    }
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-XX:+PerfDisableSharedMem");
    command.add("-Djava.net.preferIPv4Stack=true");
    command.addAll(JAVA17_MODULE_ACCESS);
    if (settings.majorVersion() < 5) {
      command.addAll(CASSANDRA4_JAVA17_OPENS);
    }
    command.add("-javaagent:" + classpath.jammJar());
    command.add("-Djdk.attach.allowAttachSelf=true");
    command.add("-Dio.netty.tryReflectionSetAccessible=true");
    command.add("-Dcassandra-foreground=yes");
    command.add("-Dcassandra.config=" + node.yamlFile().toUri());
    command.add("-Dlogback.configurationFile=" + node.logbackFile().toUri());
    if (settings.rackDcFiles()) {
      command.add("-Dcassandra-rackdc.properties=" + node.rackDcFile().toUri());
    }
    command.add("-Dcassandra.storagedir=" + node.directory());
    command.add("-Dcassandra.logdir=" + node.logDirectory());
    command.add("-Dcassandra.triggers_dir=" + node.triggersDirectory());
    command.addAll(fastStartOptions());
    command.addAll(settings.jvmOptions());
    command.add("-cp");
    StringBuilder path = new StringBuilder(classpath.asArgument());
    for (Path entry : settings.extraClasspath()) {
      path.append(java.io.File.pathSeparatorChar).append(entry);
    }
    command.add(path.toString());
    command.add(MAIN_CLASS);
    return command;
  }

  /**
   * Start-up and shutdown shortcuts, safe for a small disposable cluster on one machine: no wait
   * for gossip to settle, a short ring delay, the superuser created at once, no fsync of system
   * tables, a short shutdown announcement and no wait for internode messages to drain.
   */
  static List<String> fastStartOptions() {
    return List.of(
        "-Dcassandra.skip_wait_for_gossip_to_settle=0",
        "-Dcassandra.ring_delay_ms=1000",
        "-Dcassandra.superuser_setup_delay_ms=0",
        "-Dcassandra.unsafesystem=true",
        "-Dcassandra.shutdown_announce_in_ms=500",
        "-Dcassandra.test.messagingService.nonGracefulShutdown=true",
        "-Dchronicle.analytics.disable=true",
        "-Dchronicle.announcer.disable=true");
  }

  private static boolean selectsGarbageCollector(String option) {
    return option.startsWith("-XX:+Use") && option.endsWith("GC");
  }

  /** Whether this JVM runs as root and {@code setpriv} can drop the right to lock memory. */
  static boolean shouldDropMemoryLock() {
    return runsAsRoot() && Files.isExecutable(SETPRIV);
  }

  private static boolean runsAsRoot() {
    try {
      Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");
      return Integer.valueOf(0).equals(uid);
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return "root".equals(System.getProperty("user.name"));
    }
  }
}
