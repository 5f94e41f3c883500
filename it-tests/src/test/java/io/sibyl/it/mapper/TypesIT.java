package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.driver.type.CqlDuration;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.it.mapper.model.Money;
import io.sibyl.it.mapper.model.Sample;
import io.sibyl.it.mapper.model.SampleRepository;
import io.sibyl.it.mapper.model.SampleTable;
import io.sibyl.it.mapper.model.Status;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Java type the mapper maps, written and read back through generated code against a real
 * node, and stored as the CQL type the table declares.
 */
class TypesIT extends MapperITBase {

  private static SampleRepository samples;

  @BeforeAll
  static void createSchema() {
    samples = createSchemaAndMapper(SampleTable.INSTANCE).repository(SampleRepository.class);
  }

  @Test
  void should_round_trip_every_type() throws UnknownHostException {
    Sample sample = full(UUID.randomUUID());

    samples.save(sample);

    assertSameValues(samples.find(sample.id()).orElseThrow(), sample);
    assertSameValues(samples.findByQuery(sample.id()).orElseThrow(), sample);
  }

  @Test
  void should_store_enums_by_name_or_ordinal_and_custom_types_through_their_codec()
      throws UnknownHostException {
    Sample sample = full(UUID.randomUUID());
    samples.save(sample);

    samples.changeStatus(sample.id(), Status.RETIRED, Status.SUSPENDED);

    Row row =
        session
            .execute(
                "SELECT status, status_ordinal, money, code, created FROM samples WHERE id = ?",
                sample.id())
            .one();
    assertThat(row.getString(0)).isEqualTo("RETIRED");
    assertThat(row.getInt(1)).isEqualTo(Status.SUSPENDED.ordinal());
    assertThat(row.getString(2)).isEqualTo("12.50 EUR");
    assertThat(row.columnDefinitions().type(3)).isEqualTo(DataTypes.ASCII);
    assertThat(row.columnDefinitions().type(4)).isEqualTo(DataTypes.TIMEUUID);
    Sample read = samples.find(sample.id()).orElseThrow();
    assertThat(read.status()).isEqualTo(Status.RETIRED);
    assertThat(read.statusOrdinal()).isEqualTo(Status.SUSPENDED);
  }

  @Test
  void should_read_defaults_and_nulls_from_an_empty_row() {
    Sample empty =
        new Sample(
            UUID.randomUUID(),
            false,
            null,
            (byte) 0,
            null,
            0,
            null,
            0,
            0,
            0,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);

    samples.overwrite(empty);

    Sample read = samples.find(empty.id()).orElseThrow();
    assertThat(read.maybeFlag()).isNull();
    assertThat(read.small()).isNull();
    assertThat(read.maybeCount()).isNull();
    assertThat(read.maybeScore()).isNull();
    assertThat(read.text()).isNull();
    assertThat(read.status()).isNull();
    assertThat(read.statusOrdinal()).isNull();
    assertThat(read.embedding()).isNull();
    assertThat(read.bytes()).isNull();
    assertThat(read.money()).isNull();
    assertThat(read.pair()).isNull();
    assertThat(read.nested()).isEmpty();
    assertThat(read.ids()).isEmpty();
  }

  private static void assertSameValues(Sample read, Sample written) {
    assertThat(read)
        .usingRecursiveComparison()
        .ignoringFields("blob", "embedding", "bytes")
        .isEqualTo(written);
    assertThat(read.blob()).isEqualTo(written.blob());
    assertThat(read.embedding()).containsExactly(written.embedding());
    assertThat(read.bytes()).containsExactly(written.bytes());
  }

  private static Sample full(UUID id) throws UnknownHostException {
    TupleValue pair = TupleValue.of(DataTypes.tupleOf(DataTypes.INT, DataTypes.TEXT), 7, "seven");
    return new Sample(
        id,
        true,
        Boolean.FALSE,
        (byte) -5,
        (short) 300,
        42,
        43,
        1L << 40,
        1.5f,
        2.25,
        -0.5,
        "héllo wörld",
        "plain ascii",
        UUID.fromString("50554d6e-29bb-11e5-b345-feff819cdc9f"),
        Instant.parse("2025-01-02T03:04:05.678Z"),
        Date.from(Instant.parse("2001-09-09T01:46:40Z")),
        LocalDate.of(1815, 12, 10),
        LocalTime.of(23, 59, 58, 123_456_789),
        new BigDecimal("12345.6789"),
        new BigInteger("123456789012345678901234567890"),
        ByteBuffer.wrap(new byte[] {1, 2, 3}),
        new byte[] {9, 8, 7},
        InetAddress.getByName("192.168.1.2"),
        CqlDuration.of(1, 2, 3_000_000_000L),
        Status.ACTIVE,
        Status.SUSPENDED,
        new float[] {0.5f, -1f, 2f},
        CqlVector.ofFloats(3f, 4f),
        pair,
        Map.of("a", List.of(1, 2), "b", List.of()),
        Set.of(UUID.randomUUID(), UUID.randomUUID()),
        new Money(new BigDecimal("12.50"), "EUR"),
        "selected",
        10);
  }
}
