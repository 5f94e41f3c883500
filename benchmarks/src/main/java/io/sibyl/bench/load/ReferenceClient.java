package io.sibyl.bench.load;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Row;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletionStage;

/** The workload on a reference driver session. */
public final class ReferenceClient implements DriverClient {
  private final CqlSession session;
  private final PreparedStatement insert;
  private final PreparedStatement select;

  private ReferenceClient(CqlSession session) {
    this.session = session;
    this.insert = session.prepare(KvTable.INSERT);
    this.select = session.prepare(KvTable.SELECT);
  }

  /**
   * Connects and prepares both statements. The pool is set like Sibyl's defaults (one connection,
   * 32768 requests on it); the rest is the reference driver's defaults.
   *
   * @param metadata whether to keep schema and token metadata (the driver's default; the responder
   *     cannot serve the schema queries)
   */
  public static ReferenceClient connect(
      InetSocketAddress contactPoint,
      String datacenter,
      io.sibyl.driver.ProtocolVersion version,
      boolean metadata) {
    CqlSession session =
        CqlSession.builder()
            .addContactPoint(contactPoint)
            .withLocalDatacenter(datacenter)
            .withConfigLoader(config(version, metadata).build())
            .build();
    try {
      return new ReferenceClient(session);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
  }

  /** The configuration the benchmarks give the reference driver. */
  public static ProgrammaticDriverConfigLoaderBuilder config(
      io.sibyl.driver.ProtocolVersion version, boolean metadata) {
    ProgrammaticDriverConfigLoaderBuilder config =
        DriverConfigLoader.programmaticBuilder()
            .withInt(DefaultDriverOption.CONNECTION_POOL_LOCAL_SIZE, 1)
            .withInt(DefaultDriverOption.CONNECTION_MAX_REQUESTS, 32768)
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(12))
            .withBoolean(DefaultDriverOption.METADATA_SCHEMA_ENABLED, metadata)
            .withBoolean(DefaultDriverOption.METADATA_TOKEN_MAP_ENABLED, metadata);
    if (version != null) {
      config.withString(
          DefaultDriverOption.PROTOCOL_VERSION,
          version == io.sibyl.driver.ProtocolVersion.V4
              ? ProtocolVersion.V4.name()
              : ProtocolVersion.V5.name());
    }
    return config;
  }

  @Override
  public String name() {
    return "reference";
  }

  @Override
  public void insert(int id) {
    session.execute(bindInsert(id));
  }

  @Override
  public long select(int id) {
    return read(session.execute(select.boundStatementBuilder().setInt(0, id).build()).one());
  }

  @Override
  public CompletionStage<?> insertAsync(int id) {
    return session.executeAsync(bindInsert(id));
  }

  @Override
  public CompletionStage<?> selectAsync(int id) {
    return session.executeAsync(select.boundStatementBuilder().setInt(0, id).build());
  }

  @Override
  public long consume(Object selectResult) {
    return read(((AsyncResultSet) selectResult).one());
  }

  private BoundStatement bindInsert(int id) {
    return insert
        .boundStatementBuilder()
        .setInt(0, id)
        .setString(1, KvTable.name(id))
        .setLong(2, KvTable.amount(id))
        .setInstant(3, KvTable.UPDATED)
        .build();
  }

  private static long read(Row row) {
    if (row == null) {
      throw new IllegalStateException("The SELECT found no row");
    }
    return row.getString(0).length() + row.getLong(1) + row.getInstant(2).getEpochSecond();
  }

  @Override
  public void close() {
    session.close();
  }
}
