package test;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Table
public record Customer(
    @PartitionKey UUID id,
    Address home,
    List<Address> previous,
    Map<String, Address> byLabel) {}
