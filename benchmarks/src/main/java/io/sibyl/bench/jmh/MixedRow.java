package io.sibyl.bench.jmh;

import com.datastax.oss.protocol.internal.response.result.RawType;
import io.sibyl.bench.responder.CannedStatement.Column;
import io.sibyl.driver.internal.protocol.message.ColumnSpec;
import io.sibyl.driver.type.DataType;
import io.sibyl.driver.type.DataTypes;
import io.sibyl.driver.type.codec.CodecRegistry;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The mixed-type row every microbenchmark works on, described for both drivers: {@code uuid, text,
 * int, bigint, double, boolean, timestamp, list<text>}, the column types of a typical entity.
 */
public final class MixedRow {
  /** The keyspace named in column specs. */
  public static final String KEYSPACE = "bench";

  /** The table named in column specs. */
  public static final String TABLE = "mixed";

  /** The INSERT that binds one row. */
  public static final String INSERT =
      "INSERT INTO bench.mixed (id, name, age, balance, score, active, created, tags)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

  /** The columns, in order. */
  public static final List<Column> COLUMNS =
      List.of(
          new Column("id", DataTypes.UUID),
          new Column("name", DataTypes.TEXT),
          new Column("age", DataTypes.INT),
          new Column("balance", DataTypes.BIGINT),
          new Column("score", DataTypes.DOUBLE),
          new Column("active", DataTypes.BOOLEAN),
          new Column("created", DataTypes.TIMESTAMP),
          new Column("tags", DataTypes.listOf(DataTypes.TEXT)));

  public static final UUID ID = UUID.fromString("0c8a5c2e-3b7d-4f1a-9e62-5d0b7c4a1f23");
  public static final String NAME = "Ada Lovelace";
  public static final int AGE = 36;
  public static final long BALANCE = 1_815_000_000L;
  public static final double SCORE = 98.6;
  public static final boolean ACTIVE = true;
  public static final Instant CREATED = Instant.parse("2024-05-01T12:00:00.123Z");
  public static final List<String> TAGS = List.of("mathematics", "engine", "poetry");

  private MixedRow() {}

  /** The row's values, in column order. */
  public static List<Object> values() {
    return List.of(ID, NAME, AGE, BALANCE, SCORE, ACTIVE, CREATED, TAGS);
  }

  /** The row's cells as the protocol carries them (identical for both drivers). */
  public static List<ByteBuffer> cells() {
    List<Object> values = values();
    List<ByteBuffer> cells = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      cells.add(CodecRegistry.DEFAULT.codecFor(COLUMNS.get(i).type(), value).encode(value));
    }
    return cells;
  }

  /** The columns as Sibyl's decoder reports them. */
  public static List<ColumnSpec> sibylSpecs() {
    List<ColumnSpec> specs = new ArrayList<>();
    for (Column column : COLUMNS) {
      specs.add(new ColumnSpec(KEYSPACE, TABLE, column.name(), column.type()));
    }
    return specs;
  }

  /** The columns as the reference driver's decoder reports them. */
  public static List<com.datastax.oss.protocol.internal.response.result.ColumnSpec>
      referenceSpecs() {
    List<com.datastax.oss.protocol.internal.response.result.ColumnSpec> specs = new ArrayList<>();
    for (int i = 0; i < COLUMNS.size(); i++) {
      Column column = COLUMNS.get(i);
      specs.add(
          new com.datastax.oss.protocol.internal.response.result.ColumnSpec(
              KEYSPACE, TABLE, column.name(), i, referenceType(column.type())));
    }
    return specs;
  }

  private static RawType referenceType(DataType type) {
    if (type instanceof io.sibyl.driver.type.ListType list) {
      return new RawType.RawList(referenceType(list.elementType()));
    }
    int code = ((io.sibyl.driver.type.PrimitiveType) type).protocolCode();
    RawType raw = RawType.PRIMITIVES.get(code); // both use 0x000D (varchar) for text
    if (raw == null) {
      throw new IllegalArgumentException("No reference type for " + type.asCql());
    }
    return raw;
  }
}
