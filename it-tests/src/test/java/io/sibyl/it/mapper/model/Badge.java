package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.Udt;

/** A UDT whose type and field names keep their Java case (quoted in CQL). */
@Udt(name = "\"ProfileBadge\"", naming = NamingStrategy.EXACT)
public record Badge(String badgeName, int level) {}
