package io.sibyl.bench.load;

import com.datastax.oss.driver.api.core.CqlSession;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Session;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * "Launch to first row": how long a fresh JVM takes to build a session and read its first row (an
 * unprepared SELECT by key). Each measurement runs in a new JVM, so class loading and JIT warm-up
 * count, as they do for an application that starts.
 *
 * <p>{@link #main} is the probe run in the child JVM; {@link #measure} starts it and reads its
 * answer.
 */
public final class LaunchProbe {
  private static final String MARKER = "LAUNCH ";
  private static final String FIRST_SELECT =
      "SELECT name, amount, updated FROM bench.kv WHERE id = 42";

  /** Which client the probe starts. */
  public enum Kind {
    /** Sibyl with its defaults. */
    SIBYL("sibyl"),
    /** The reference driver with its defaults (schema and token metadata on). */
    REFERENCE("reference"),
    /** The reference driver without schema and token metadata. */
    REFERENCE_NO_METADATA("reference, no schema metadata");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    /** The name in the results table. */
    public String label() {
      return label;
    }
  }

  /**
   * One probe's timings in milliseconds.
   *
   * @param buildMillis the session build
   * @param firstRowMillis session build plus the first SELECT, from the start of {@code main}
   * @param sinceJvmStartMillis from the JVM's start to the first row
   * @param cpuMillis the probe JVM's CPU time (all threads, user + system) from its start to the
   *     first row: class loading, JIT and GC included, less sensitive to a shared machine's
   *     scheduling than the wall-clock figures
   */
  public record Timing(
      double buildMillis, double firstRowMillis, double sinceJvmStartMillis, double cpuMillis) {}

  private LaunchProbe() {}

  /** Arguments: kind, host, port, datacenter, protocol version (V4 or V5). */
  public static void main(String[] args) {
    long start = System.nanoTime();
    Kind kind = Kind.valueOf(args[0]);
    InetSocketAddress address = new InetSocketAddress(args[1], Integer.parseInt(args[2]));
    String datacenter = args[3];
    ProtocolVersion version = ProtocolVersion.valueOf(args[4]);
    long built;
    long firstRow;
    if (kind == Kind.SIBYL) {
      try (Session session =
          Session.builder()
              .addContactPoint(address)
              .localDatacenter(datacenter)
              .protocolVersion(version)
              .build()) {
        built = System.nanoTime();
        if (session.execute(FIRST_SELECT).one() == null) {
          throw new IllegalStateException("no row");
        }
        firstRow = System.nanoTime();
      }
    } else {
      try (CqlSession session =
          CqlSession.builder()
              .addContactPoint(address)
              .withLocalDatacenter(datacenter)
              .withConfigLoader(ReferenceClient.config(version, kind == Kind.REFERENCE).build())
              .build()) {
        built = System.nanoTime();
        if (session.execute(FIRST_SELECT).one() == null) {
          throw new IllegalStateException("no row");
        }
        firstRow = System.nanoTime();
      }
    }
    long cpuNanos = processCpuNanos();
    long sinceJvmStart =
        System.currentTimeMillis()
            - ManagementFactory.getRuntimeMXBean().getStartTime()
            - TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - firstRow);
    System.out.printf(
        Locale.ROOT,
        "%s%.1f %.1f %d %.1f%n",
        MARKER,
        (built - start) / 1e6,
        (firstRow - start) / 1e6,
        sinceJvmStart,
        cpuNanos / 1e6);
    System.out.flush();
    System.exit(0);
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  /**
   * Runs the probe {@code rounds} times per kind in fresh JVMs, alternating: each round runs every
   * kind once, the kind that goes first rotating from round to round, so that a machine that gets
   * busier or quieter during the run weighs on every kind alike.
   *
   * @return each kind's timings, in round order
   */
  public static Map<Kind, List<Timing>> measureAlternating(
      List<Kind> kinds, Target target, ProtocolVersion version, int rounds) {
    Map<Kind, List<Timing>> timings = new EnumMap<>(Kind.class);
    kinds.forEach(kind -> timings.put(kind, new ArrayList<>()));
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < kinds.size(); i++) {
        Kind kind = kinds.get((round + i) % kinds.size());
        timings.get(kind).add(runOnce(kind, target, version));
      }
    }
    return timings;
  }

  private static Timing runOnce(Kind kind, Target target, ProtocolVersion version) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
            LaunchProbe.class.getName(),
            kind.name(),
            target.contactPoint().getAddress().getHostAddress(),
            String.valueOf(target.contactPoint().getPort()),
            target.datacenter(),
            version.name());
    try {
      Process process =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String answer = null;
      try (BufferedReader out =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          if (line.startsWith(MARKER)) {
            answer = line.substring(MARKER.length());
          }
        }
      }
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException("The launch probe did not end within 60 s");
      }
      if (answer == null) {
        throw new IllegalStateException(
            "The launch probe ("
                + kind
                + ") exited with "
                + process.exitValue()
                + " and no timing");
      }
      String[] parts = answer.trim().split(" ");
      return new Timing(
          Double.parseDouble(parts[0]),
          Double.parseDouble(parts[1]),
          Double.parseDouble(parts[2]),
          Double.parseDouble(parts[3]));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the launch probe: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted", e);
    }
  }
}
