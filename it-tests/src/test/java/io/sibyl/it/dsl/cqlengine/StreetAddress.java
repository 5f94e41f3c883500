package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.Udt;

/** cqlengine's {@code address} user type, for the UDT example. */
@Udt(name = "cqe_address")
public record StreetAddress(String street, Integer zipcode) {}
