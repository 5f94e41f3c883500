package io.sibyl.bench;

import io.sibyl.bench.jmh.JmhPhase;
import io.sibyl.bench.load.ClientResources;
import io.sibyl.bench.load.KvTable;
import io.sibyl.bench.load.LaunchProbe;
import io.sibyl.bench.load.LoadTest;
import io.sibyl.bench.load.ScenarioResult;
import io.sibyl.bench.load.ScenarioRunner;
import io.sibyl.bench.load.Target;
import io.sibyl.bench.load.Targets;
import io.sibyl.bench.mapper.DslVersusRepository;
import io.sibyl.bench.mapper.MapperLoadTest;
import io.sibyl.bench.report.Report;
import io.sibyl.bench.responder.NativeProtocolResponder;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.embedded.EmbeddedCassandra;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runs the whole comparison of Sibyl with the reference driver and writes the results as Markdown
 * and CSV: the JMH microbenchmarks, the load test against one embedded Cassandra node, the mapper
 * scenarios on that node (generated repositories against hand-written statements), the launch to
 * first row, and the load test against the in-process responder (client overhead only). See
 * docs/performance.md.
 */
public final class BenchmarkMain {
  private BenchmarkMain() {}

  /** Entry point; see {@link RunOptions#USAGE}. */
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    RunOptions options;
    try {
      options = RunOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    PrintStream log = System.out;
    long start = System.nanoTime();
    Report report = new Report();
    Files.createDirectories(options.outputDirectory());
    if (options.runs("jmh")) {
      JmhPhase.run(
          options.quick(),
          options.jmhInclude(),
          options.outputDirectory().resolve("jmh-" + options.mode() + ".log"),
          report,
          log);
    }
    Set<Long> serverThreads = ConcurrentHashMap.newKeySet();
    try (ScenarioRunner runner = new ScenarioRunner(new ClientResources(serverThreads))) {
      LoadTest loadTest = new LoadTest(runner, log);
      if (options.runs("cassandra")
          || options.runs("mapper")
          || options.runs("dsl")
          || options.runs("launch")) {
        try (EmbeddedCassandra cassandra = Targets.startCassandra(options.keys(), log)) {
          Target target = Targets.cassandra(cassandra);
          if (options.runs("cassandra")) {
            for (ProtocolVersion version : options.cassandraVersions()) {
              List<ScenarioResult[]> results =
                  loadTest.run(target, version, options.cassandraSettings());
              LoadSections.addScenarios(
                  report, "end to end: one Cassandra 5.0.6 node, protocol " + version, results);
            }
          }
          if (options.runs("mapper")) {
            MapperLoadTest mapperTest = new MapperLoadTest(runner, loadTest, log);
            List<ScenarioResult[]> results =
                mapperTest.run(target, ProtocolVersion.V5, options.mapperSettings());
            LoadSections.addMapperScenarios(
                report, "one Cassandra 5.0.6 node, protocol V5", results);
          }
          if (options.runs("dsl")) {
            new DslVersusRepository(runner, loadTest, log)
                .run(
                    target,
                    options.mapperSettings(),
                    options.dslRounds(),
                    options.dslRound(),
                    report);
          }
          if (options.runs("launch")) {
            launch(report, target, options, log);
          }
        }
      }
      if (options.runs("responder")) {
        try (NativeProtocolResponder responder =
            NativeProtocolResponder.start(KvTable.cannedStatements())) {
          serverThreads.addAll(responder.threadIds());
          Target target = Targets.responder(responder);
          for (ProtocolVersion version : options.responderVersions()) {
            List<ScenarioResult[]> results =
                loadTest.run(target, version, options.responderSettings());
            LoadSections.addScenarios(
                report, "client overhead: in-process responder, protocol " + version, results);
          }
        }
      }
      log.printf("(read checksum %d)%n", runner.checksum());
    }
    double minutes = (System.nanoTime() - start) / 60e9;
    List<Path> written =
        report.write(options.outputDirectory(), options.mode(), header(options, minutes));
    log.printf(Locale.ROOT, "Done in %.1f min; results: %s%n", minutes, written);
    System.exit(0);
  }

  private static void launch(Report report, Target target, RunOptions options, PrintStream log) {
    log.println("[launch] session build + first SELECT in fresh JVMs");
    String section = "launch to first row (fresh JVM, one Cassandra node, protocol V5)";
    int runs = options.launchRuns();
    Map<LaunchProbe.Kind, List<LaunchProbe.Timing>> timings =
        LaunchProbe.measureAlternating(
            List.of(
                LaunchProbe.Kind.SIBYL,
                LaunchProbe.Kind.REFERENCE,
                LaunchProbe.Kind.REFERENCE_NO_METADATA),
            target,
            ProtocolVersion.V5,
            runs);
    List<LaunchProbe.Timing> sibyl = timings.get(LaunchProbe.Kind.SIBYL);
    LoadSections.addLaunch(
        report,
        section,
        "vs reference, its defaults",
        sibyl,
        timings.get(LaunchProbe.Kind.REFERENCE));
    LoadSections.addLaunch(
        report,
        section,
        "vs reference, schema/token metadata off",
        sibyl,
        timings.get(LaunchProbe.Kind.REFERENCE_NO_METADATA));
    report.note(
        section,
        "Median of "
            + runs
            + " alternating round(s), one fresh JVM per driver and round; CPU: the probe"
            + " JVM's CPU time (all threads) from its start to the first row.");
  }

  private static String header(RunOptions options, double minutes) {
    return String.format(
        Locale.ROOT,
        """
        # Sibyl vs the reference driver (%s run)

        - Date: %s
        - Machine: %s
        - Phases: %s; the run took %.1f min
        - Each cell is `Sibyl / reference (ratio)`, the ratio being Sibyl divided by the reference
          driver: above 1 is better for throughput (ops/s), below 1 is better for everything else
          (latency, CPU, bytes, milliseconds).
        - Reference driver: org.apache.cassandra:java-driver-core-shaded 4.19.2 (and its
          java-driver-mapper-runtime 4.19.2 in the mapper sections, whose cells name their two
          clients).
        """,
        options.mode(),
        ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
        MachineInfo.describe(),
        String.join(", ", options.phases()),
        minutes);
  }
}
