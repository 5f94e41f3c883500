package test;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.UUID;

@Table(name = "logins")
public record Login(
    @PartitionKey UUID userId,
    @ClusteringColumn String device,
    @Column(type = "timeuuid") UUID at,
    List<String> tags) {}
