package com.example.legacy;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.annotations.Udt;
import java.time.Instant;
import java.util.List;

/** A parcel of a shipment: a partition per shipment, parcels in order, a user type inside. */
@Table(name = "parcels")
public record Parcel(
    @PartitionKey String shipment,
    @ClusteringColumn int seq,
    Instant sentAt,
    Address to,
    List<String> labels) {

  /** Where a parcel goes. */
  @Udt(name = "address")
  public record Address(String street, String city) {}
}
