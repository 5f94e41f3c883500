package io.sibyl.it.mapper.model;

import io.sibyl.driver.type.CqlDuration;
import io.sibyl.driver.type.CqlVector;
import io.sibyl.driver.type.TupleValue;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One property of every Java type the mapper maps, with the CQL type chosen where it may be, and
 * two columns named after reserved words.
 */
@Table(name = "samples")
public record Sample(
    @PartitionKey UUID id,
    boolean flag,
    Boolean maybeFlag,
    byte tiny,
    Short small,
    int count,
    Integer maybeCount,
    long big,
    float ratio,
    double score,
    Double maybeScore,
    String text,
    @Column(type = "ascii") String code,
    @Column(type = "timeuuid") UUID created,
    Instant at,
    Date legacyAt,
    LocalDate day,
    LocalTime time,
    BigDecimal price,
    BigInteger huge,
    ByteBuffer blob,
    byte[] bytes,
    InetAddress address,
    CqlDuration duration,
    Status status,
    @Column(type = "int") Status statusOrdinal,
    @Column(type = "vector<float, 3>") float[] embedding,
    @Column(type = "vector<float, 2>") CqlVector<Float> point,
    @Column(type = "tuple<int, text>") TupleValue pair,
    Map<String, List<Integer>> nested,
    Set<UUID> ids,
    @Column(codec = MoneyCodec.class) Money money,
    String select,
    Integer limit) {}
