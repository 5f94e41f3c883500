package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Udt;
import java.util.List;

/** A record UDT with a renamed field, a nested UDT and a collection. */
@Udt(name = "postal_address")
public record Address(
    String street, @Column(name = "zip") Integer zipCode, Geo geo, List<String> lines) {}
