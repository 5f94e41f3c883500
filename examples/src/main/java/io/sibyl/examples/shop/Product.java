package io.sibyl.examples.shop;

import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;

/** A product of the catalogue, found by its SKU or (through an index) its category. */
@Table(name = "products")
public record Product(
    @PartitionKey String sku, String name, @Index String category, BigDecimal price) {}
