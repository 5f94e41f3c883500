package io.sibyl.it.dsl.cqlengine;

import io.sibyl.driver.Row;
import io.sibyl.it.dsl.PageHits;
import io.sibyl.it.dsl.PageHits_;
import io.sibyl.it.support.SessionITBase;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.query.QueryTable;
import io.sibyl.mapper.query.SelectQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the cqlengine documentation examples share: cqlengine's {@code sync_table(...)} of every
 * model (the schema manager creates them), the DSL of each table, and small helpers. The examples
 * are one test each, in {@link CqlengineQueryExamplesIT} and {@link CqlengineWriteExamplesIT};
 * docs/mapper/query-dsl.md shows each pair side by side.
 */
abstract class CqlengineExamplesBase extends SessionITBase {

  protected static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

  protected static Mapper mapper;
  protected static QueryTable<Automobile> automobiles;
  protected static QueryTable<Person> people;
  protected static QueryTable<PhotoComment> comments;
  protected static QueryTable<ContainerRow> rows;
  protected static QueryTable<NumberedRow> numbered;
  protected static QueryTable<ExpiringUser> users;
  protected static QueryTable<TransactionRow> transactions;
  protected static QueryTable<ExampleModel> examples;
  protected static QueryTable<LogEntry> logEntries;
  protected static QueryTable<Resident> residents;
  protected static QueryTable<PageHits> hits;

  /** cqlengine's {@code sync_table(...)} of every model: the schema manager creates them. */
  @BeforeAll
  static void syncTables() {
    mapper =
        Mapper.builder(session)
            .schemaEntities(
                Automobile.class,
                Person.class,
                PhotoComment.class,
                ContainerRow.class,
                NumberedRow.class,
                ExpiringUser.class,
                TransactionRow.class,
                ExampleModel.class,
                LogEntry.class,
                Resident.class,
                PageHits.class)
            .build();
    mapper.schema().apply();
    automobiles = Automobile_.table(mapper);
    people = Person_.table(mapper);
    comments = PhotoComment_.table(mapper);
    rows = ContainerRow_.table(mapper);
    numbered = NumberedRow_.table(mapper);
    users = ExpiringUser_.table(mapper);
    transactions = TransactionRow_.table(mapper);
    examples = ExampleModel_.table(mapper);
    logEntries = LogEntry_.table(mapper);
    residents = Resident_.table(mapper);
    hits = PageHits_.table(mapper);
  }

  /** The tables that some examples scan start empty; the others use keys of their own. */
  @BeforeEach
  void clear() {
    session.execute("TRUNCATE cqe_automobile");
    session.execute("TRUNCATE cqe_person");
  }

  protected static void saveCars() {
    automobiles.save(new Automobile("Tesla", 2010, "Roadster", new BigDecimal("109000"), opts()));
    automobiles.save(
        new Automobile("Tesla", 2011, "Roadster 2.5", new BigDecimal("109000"), opts("sport")));
    automobiles.save(
        new Automobile("Tesla", 2012, "Model S", new BigDecimal("57400"), opts("backup camera")));
    automobiles.save(
        new Automobile("Tesla", 2013, "Model S P85", new BigDecimal("79900"), opts("sport")));
    automobiles.save(new Automobile("Honda", 2012, "Civic", new BigDecimal("18000"), opts()));
  }

  protected static Set<String> opts(String... options) {
    return Set.of(options);
  }

  protected static List<Integer> years(SelectQuery<Automobile, Automobile> query) {
    return query.list().stream().map(Automobile::year).toList();
  }

  protected static Row one(String cql, Object... values) {
    return session.execute(cql, values).one();
  }

  /** A version-1 (time-based) UUID of {@code at}, as cqlengine's {@code TimeUUID} columns hold. */
  protected static UUID timeUuid(Instant at) {
    long ticks = (at.toEpochMilli() + 12_219_292_800_000L) * 10_000;
    long msb =
        (ticks << 32) | ((ticks & 0xFFFF_0000_0000L) >>> 16) | 0x1000L | ((ticks >>> 48) & 0x0FFFL);
    return new UUID(msb, 0x8000_0000_0000_0000L | (at.getNano() + 1L));
  }
}
