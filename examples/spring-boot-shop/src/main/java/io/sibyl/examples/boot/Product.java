package io.sibyl.examples.boot;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;

/** A product of the catalogue. */
@Table(name = "products")
public record Product(@PartitionKey String sku, String name, BigDecimal price) {}
