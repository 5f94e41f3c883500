package io.sibyl.bench.compare;

import com.datastax.oss.driver.api.core.CqlSession;
import io.sibyl.bench.load.ClientResources;
import io.sibyl.bench.load.Concurrency;
import io.sibyl.bench.load.DriverClient;
import io.sibyl.bench.load.LoadTest;
import io.sibyl.bench.load.ReferenceClient;
import io.sibyl.bench.load.Scenario;
import io.sibyl.bench.load.ScenarioResult;
import io.sibyl.bench.load.ScenarioRunner;
import io.sibyl.bench.load.Target;
import io.sibyl.bench.load.Targets;
import io.sibyl.bench.load.Workload;
import io.sibyl.bench.mapper.SibylDslClient;
import io.sibyl.bench.mapper.SibylRepositoryClient;
import io.sibyl.bench.mapper.SibylStatementsClient;
import io.sibyl.bench.mapper.reference.ReferenceMapperClient;
import io.sibyl.bench.mapper.reference.ReferenceStatementsClient;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Session;
import io.sibyl.embedded.EmbeddedCassandra;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The end-to-end comparison of Sibyl with the reference Java driver on one embedded Cassandra node,
 * path by path ({@link ComparedPath#ALL}), in alternating rounds: every round runs every path once
 * per driver, the driver that goes first flipping from path to path and from round to round, so
 * that the drift of a shared machine hits both alike. Prints and writes ({@code compare.md}) the
 * median ratio Sibyl / reference of throughput, client CPU and bytes per request and latency, with
 * the range of the per-round ratios, and draws SVG charts. See docs/performance.md.
 */
public final class CompareMain {
  private CompareMain() {}

  /** Entry point; see {@link CompareOptions#USAGE}. */
  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    CompareOptions options;
    try {
      options = CompareOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    PrintStream log = System.out;
    long start = System.nanoTime();
    List<PathResults> results;
    try (ScenarioRunner runner = new ScenarioRunner(new ClientResources(Set.of()));
        EmbeddedCassandra cassandra = Targets.startCassandra(options.keys(), log)) {
      results = run(runner, Targets.cassandra(cassandra), options, log);
    }
    double minutes = (System.nanoTime() - start) / 60e9;
    String report = CompareReport.markdown(results, options, minutes);
    log.println(report);
    List<Path> written = CompareReport.write(results, report, options.outputDirectory());
    log.printf(
        Locale.ROOT,
        "Done in %.1f min; wrote %d files to %s%n",
        minutes,
        written.size(),
        options.outputDirectory());
    System.exit(0);
  }

  private static List<PathResults> run(
      ScenarioRunner runner, Target target, CompareOptions options, PrintStream log) {
    LoadTest loadTest = new LoadTest(runner, log);
    LoadTest.Settings settings =
        new LoadTest.Settings(
            options.warmUp(),
            options.scenario(),
            Long.MAX_VALUE,
            options.keys(),
            List.of(Workload.INSERT, Workload.SELECT),
            List.of(Concurrency.sync(1), Concurrency.async(256)));
    try (Session sibyl =
            Session.builder()
                .addContactPoint(target.contactPoint())
                .localDatacenter(target.datacenter())
                .protocolVersion(ProtocolVersion.V5)
                .build();
        CqlSession reference =
            CqlSession.builder()
                .addContactPoint(target.contactPoint())
                .withLocalDatacenter(target.datacenter())
                .withConfigLoader(
                    ReferenceClient.config(ProtocolVersion.V5, target.referenceMetadata()).build())
                .build()) {
      DriverClient sibylStatements = new SibylStatementsClient(sibyl);
      DriverClient sibylRepository = new SibylRepositoryClient(sibyl);
      DriverClient sibylDsl = new SibylDslClient(sibyl);
      DriverClient referenceStatements = new ReferenceStatementsClient(reference);
      DriverClient referenceMapper = new ReferenceMapperClient(reference);
      for (DriverClient client :
          List.of(
              sibylStatements, referenceStatements, sibylRepository, referenceMapper, sibylDsl)) {
        loadTest.warmUp(client, settings);
      }
      List<PathResults> results = new ArrayList<>();
      for (ComparedPath path : options.paths()) {
        results.add(new PathResults(path));
      }
      for (int round = 0; round < options.rounds(); round++) {
        for (int i = 0; i < results.size(); i++) {
          PathResults pathResults = results.get(i);
          ComparedPath path = pathResults.path();
          DriverClient ours =
              switch (path.layer()) {
                case STATEMENTS -> sibylStatements;
                case REPOSITORY -> sibylRepository;
                case DSL -> sibylDsl;
              };
          DriverClient theirs =
              path.layer() == ComparedPath.Layer.STATEMENTS ? referenceStatements : referenceMapper;
          Scenario scenario =
              new Scenario(
                  path.workload(),
                  path.concurrency(),
                  options.scenario(),
                  Long.MAX_VALUE,
                  options.keys());
          ScenarioResult oursResult;
          ScenarioResult theirsResult;
          if ((round + i) % 2 == 0) {
            oursResult = runner.run(ours, scenario);
            theirsResult = runner.run(theirs, scenario);
          } else {
            theirsResult = runner.run(theirs, scenario);
            oursResult = runner.run(ours, scenario);
          }
          pathResults.add(oursResult, theirsResult);
          log.printf(
              Locale.ROOT,
              "[round %d/%d] %-34s sibyl %,9.0f ops/s %,7.0f B/op   reference %,9.0f ops/s"
                  + " %,7.0f B/op%n",
              round + 1,
              options.rounds(),
              path.label(),
              oursResult.opsPerSecond(),
              oursResult.bytesPerOp(),
              theirsResult.opsPerSecond(),
              theirsResult.bytesPerOp());
        }
      }
      log.printf("(read checksum %d)%n", runner.checksum());
      return results;
    }
  }

  /** Writes a text file, creating its directory. */
  static Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }
}
