package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Udt;

/** A UDT that nests another. */
@Udt(name = "sync_address")
public record SyncAddress(String street, SyncGeo geo) {}
