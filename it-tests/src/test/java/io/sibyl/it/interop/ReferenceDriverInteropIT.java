package io.sibyl.it.interop;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.support.SessionITBase;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rows with a column of every CQL type, written by one driver and read by the other: Sibyl and the
 * reference Apache Cassandra Java driver must agree on every value, edges included (see {@link
 * Samples}). Both sides use prepared statements; Sibyl also writes through simple statements whose
 * types it infers from the Java values.
 */
class ReferenceDriverInteropIT extends SessionITBase {
  // Each kind of write gets its own range of keys: a sample's row is at offset + sample id.
  private static final int WRITTEN_BY_REFERENCE = 100;
  private static final int WRITTEN_BY_SIBYL = 200;
  private static final int INFERRED_BY_SIBYL = 300;
  private static final int BYTES_FROM_REFERENCE = 400;
  private static final int BYTES_FROM_SIBYL = 500;
  private static final int EMPTY_VALUES = 98;
  private static final int TRUNCATED_TIMESTAMP = 99;
  private static final Instant SUB_MILLISECOND_INSTANT =
      Instant.parse("1969-12-31T23:59:59.999999999Z");

  private static SibylSide sibyl;
  private static ReferenceSide reference;

  @BeforeAll
  static void createSchemaAndConnectTheReferenceDriver() {
    AllTypesTable.DDL.forEach(session::execute);
    sibyl = new SibylSide(session);
    reference = ReferenceSide.connect(cluster, keyspace);
  }

  @AfterAll
  static void closeTheReferenceDriver() {
    if (reference != null) {
      reference.close();
    }
  }

  static List<Sample> samples() {
    return Samples.withValues();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_read_every_value_written_by_the_reference_driver(Sample sample) {
    int id = WRITTEN_BY_REFERENCE + sample.id();
    reference.insert(id, sample.values());

    assertSameValues(sample.values(), sibyl.select(id), "reference → Sibyl, default mapping");
    assertSameValues(sample.values(), sibyl.selectTyped(id), "reference → Sibyl, typed getters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_write_every_value_so_that_the_reference_driver_reads_it_back(Sample sample) {
    int id = WRITTEN_BY_SIBYL + sample.id();
    sibyl.insert(id, sample.values());

    assertSameValues(sample.values(), reference.select(id), "Sibyl → reference, default mapping");
    assertSameValues(
        sample.values(), reference.selectTyped(id), "Sibyl → reference, typed getters");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_infer_types_of_simple_statement_values_that_the_reference_driver_reads(
      Sample sample) {
    int id = INFERRED_BY_SIBYL + sample.id();
    Map<String, Object> values = sample.only(AllTypesTable.INFERABLE_COLUMNS);
    sibyl.insertInferred(id, values);

    assertSameValues(values, reference.select(id), "Sibyl → reference, simple statement");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void should_store_the_same_bytes_as_the_reference_driver(Sample sample) {
    int fromReference = BYTES_FROM_REFERENCE + sample.id();
    int fromSibyl = BYTES_FROM_SIBYL + sample.id();
    reference.insert(fromReference, sample.values());
    sibyl.insert(fromSibyl, sample.values());

    assertThat(hex(sibyl.selectBytes(fromSibyl)))
        .as("bytes read by Sibyl: row written by Sibyl vs. by the reference driver")
        .isEqualTo(hex(sibyl.selectBytes(fromReference)))
        .as("the same rows' bytes read by the reference driver")
        .isEqualTo(hex(reference.selectBytes(fromSibyl)));
  }

  @Test
  void should_read_nulls_written_by_either_driver() {
    Sample nulls = Samples.nulls();
    reference.insert(WRITTEN_BY_REFERENCE + nulls.id(), nulls.values());
    sibyl.insert(WRITTEN_BY_SIBYL + nulls.id(), nulls.values());

    assertThat(sibyl.selectNullColumns(WRITTEN_BY_REFERENCE + nulls.id()))
        .as("columns that Sibyl reads as null, written null by the reference driver")
        .containsExactlyElementsOf(nulls.values().keySet());
    assertThat(reference.selectNullColumns(WRITTEN_BY_SIBYL + nulls.id()))
        .as("columns that the reference driver reads as null, written null by Sibyl")
        .containsExactlyElementsOf(nulls.values().keySet());
  }

  @Test
  void should_read_empty_values_as_the_reference_driver_does() {
    // The reference driver reads an empty value as null (0 from a primitive getter), "" or an
    // empty blob.
    int id = WRITTEN_BY_REFERENCE + EMPTY_VALUES;
    reference.insertEmptyValues(id, AllTypesTable.EMPTIABLE_COLUMNS);

    Map<String, Object> expected = reference.select(id);
    assertSameValues(expected, sibyl.select(id), "empty values, default mapping");
    Map<String, Object> expectedTyped = reference.selectTyped(id);
    assertSameValues(expectedTyped, sibyl.selectTyped(id), "empty values, typed getters");
    assertThat(sibyl.selectNullColumns(id))
        .doesNotContainAnyElementsOf(AllTypesTable.EMPTIABLE_COLUMNS);
  }

  @Test
  void should_truncate_sub_millisecond_timestamps_as_the_reference_driver_does() {
    Map<String, Object> values = Map.of("timestamp_value", SUB_MILLISECOND_INSTANT);
    reference.insert(WRITTEN_BY_REFERENCE + TRUNCATED_TIMESTAMP, values);
    sibyl.insert(WRITTEN_BY_SIBYL + TRUNCATED_TIMESTAMP, values);

    Instant truncated = Instant.parse("1969-12-31T23:59:59.999Z"); // towards the past
    assertThat(sibyl.select(WRITTEN_BY_REFERENCE + TRUNCATED_TIMESTAMP))
        .containsEntry("timestamp_value", truncated);
    assertThat(reference.select(WRITTEN_BY_SIBYL + TRUNCATED_TIMESTAMP))
        .containsEntry("timestamp_value", truncated);
  }

  @Test
  void should_agree_on_counters_updated_by_either_driver() {
    reference.increment(1, Long.MAX_VALUE);
    sibyl.increment(2, Long.MIN_VALUE);
    reference.increment(3, 5);
    sibyl.increment(3, -8);
    sibyl.incrementInferred(3, 1);

    assertThat(sibyl.counter(1)).isEqualTo(Long.MAX_VALUE);
    assertThat(reference.counter(2)).isEqualTo(Long.MIN_VALUE);
    assertThat(sibyl.counter(3)).isEqualTo(reference.counter(3)).isEqualTo(-2);
  }

  /** Compares column by column, reporting every column that differs. */
  private static void assertSameValues(
      Map<String, Object> expected, Map<String, Object> actual, String path) {
    SoftAssertions softly = new SoftAssertions();
    expected.forEach(
        (column, value) ->
            softly.assertThat(actual.get(column)).as("%s (%s)", column, path).isEqualTo(value));
    softly.assertAll();
  }

  private static Map<String, String> hex(Map<String, ByteBuffer> columns) {
    Map<String, String> hex = new LinkedHashMap<>();
    columns.forEach((column, bytes) -> hex.put(column, bytes == null ? null : hex(bytes)));
    return hex;
  }

  private static String hex(ByteBuffer bytes) {
    ByteBuffer copy = bytes.duplicate();
    byte[] array = new byte[copy.remaining()];
    copy.get(array);
    return HexFormat.of().formatHex(array);
  }
}
