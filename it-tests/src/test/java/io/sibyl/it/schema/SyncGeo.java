package io.sibyl.it.schema;

import io.sibyl.mapper.annotations.Udt;

/** A nested UDT of the schema sync tests. */
@Udt(name = "sync_geo")
public record SyncGeo(double lat, double lon) {}
