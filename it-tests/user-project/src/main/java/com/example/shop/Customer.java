package com.example.shop;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.Set;
import java.util.UUID;

/** A customer of the shop. */
@Table(name = "customers")
public record Customer(
    @PartitionKey UUID id, String name, @Column(name = "mail") String email, Set<String> tags) {}
