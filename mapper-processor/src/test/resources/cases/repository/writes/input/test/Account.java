package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.StaticColumn;
import io.sibyl.mapper.annotations.Table;
import java.util.List;

@Table(name = "accounts", keyspace = "bank", nullSaving = NullSavingStrategy.DO_NOT_SET)
public record Account(
    @PartitionKey String owner,
    @ClusteringColumn String number,
    @StaticColumn String ownerEmail,
    long balance,
    int version,
    List<String> history) {}
