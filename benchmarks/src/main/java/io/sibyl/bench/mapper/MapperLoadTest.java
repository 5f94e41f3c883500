package io.sibyl.bench.mapper;

import com.datastax.oss.driver.api.core.CqlSession;
import io.sibyl.bench.load.DriverClient;
import io.sibyl.bench.load.LoadTest;
import io.sibyl.bench.load.ReferenceClient;
import io.sibyl.bench.load.Scenario;
import io.sibyl.bench.load.ScenarioResult;
import io.sibyl.bench.load.ScenarioRunner;
import io.sibyl.bench.load.Target;
import io.sibyl.bench.mapper.reference.ReferenceMapperClient;
import io.sibyl.bench.mapper.reference.ReferenceStatementsClient;
import io.sibyl.driver.ProtocolVersion;
import io.sibyl.driver.Session;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The mapper scenarios: five clients on two sessions (hand-written statements, the generated
 * repository and the query DSL on one Sibyl session; hand-written statements and the object mapper
 * on one reference driver session), all warmed up first, then each scenario run once per client,
 * the client that goes first rotating from one scenario to the next.
 */
public final class MapperLoadTest {
  /** Index of the Sibyl hand-written statements' result in each scenario's results. */
  public static final int SIBYL_STATEMENTS = 0;

  /** Index of the Sibyl repository's result. */
  public static final int SIBYL_REPOSITORY = 1;

  /** Index of the reference driver hand-written statements' result. */
  public static final int REFERENCE_STATEMENTS = 2;

  /** Index of the reference driver mapper's result. */
  public static final int REFERENCE_MAPPER = 3;

  /** Index of the Sibyl query DSL's result. */
  public static final int SIBYL_DSL = 4;

  private final ScenarioRunner runner;
  private final LoadTest loadTest;
  private final PrintStream log;

  /**
   * Creates the mapper load test.
   *
   * @param runner the runner shared with the other load tests
   * @param loadTest the driver load test, whose warm-up is reused
   * @param log where progress goes
   */
  public MapperLoadTest(ScenarioRunner runner, LoadTest loadTest, PrintStream log) {
    this.runner = runner;
    this.loadTest = loadTest;
    this.log = log;
  }

  /**
   * Runs every scenario with the five clients.
   *
   * @return per scenario, the five results at the indexes {@link #SIBYL_STATEMENTS}, {@link
   *     #SIBYL_REPOSITORY}, {@link #REFERENCE_STATEMENTS}, {@link #REFERENCE_MAPPER} and {@link
   *     #SIBYL_DSL}
   */
  public List<ScenarioResult[]> run(
      Target target, ProtocolVersion version, LoadTest.Settings settings) {
    log.printf("[mapper %s %s] connecting both drivers%n", target.name(), version);
    List<ScenarioResult[]> results = new ArrayList<>();
    try (Session sibyl =
            Session.builder()
                .addContactPoint(target.contactPoint())
                .localDatacenter(target.datacenter())
                .protocolVersion(version)
                .build();
        CqlSession reference =
            CqlSession.builder()
                .addContactPoint(target.contactPoint())
                .withLocalDatacenter(target.datacenter())
                .withConfigLoader(
                    ReferenceClient.config(version, target.referenceMetadata()).build())
                .build()) {
      List<DriverClient> clients =
          List.of(
              new SibylStatementsClient(sibyl),
              new SibylRepositoryClient(sibyl),
              new ReferenceStatementsClient(reference),
              new ReferenceMapperClient(reference),
              new SibylDslClient(sibyl));
      for (DriverClient client : clients) {
        loadTest.warmUp(client, settings);
      }
      List<Scenario> scenarios = settings.scenarios();
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i);
        ScenarioResult[] row = new ScenarioResult[clients.size()];
        for (int turn = 0; turn < clients.size(); turn++) {
          int client = (i + turn) % clients.size();
          row[client] = runner.run(clients.get(client), scenario);
        }
        log.printf(
            "[mapper %s %s] %-20s sibyl %,8.0f / repository %,8.0f / dsl %,8.0f   reference"
                + " %,8.0f / mapper %,8.0f ops/s%n",
            target.name(),
            version,
            scenario.label(),
            row[SIBYL_STATEMENTS].opsPerSecond(),
            row[SIBYL_REPOSITORY].opsPerSecond(),
            row[SIBYL_DSL].opsPerSecond(),
            row[REFERENCE_STATEMENTS].opsPerSecond(),
            row[REFERENCE_MAPPER].opsPerSecond());
        results.add(row);
      }
    }
    return results;
  }
}
