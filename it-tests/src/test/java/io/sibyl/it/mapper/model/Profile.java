package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An entity with exact (quoted, case-sensitive) names, columns named after reserved words, and
 * indexes on collection values and map keys.
 */
@Table(name = "\"UserProfiles\"", naming = NamingStrategy.EXACT)
public record Profile(
    @PartitionKey String userName,
    @ClusteringColumn @Column(name = "\"Order\"") int order,
    @Column(name = "key") String key,
    @Index Set<String> favouriteTags,
    @Index(target = IndexTarget.KEYS) Map<String, String> settingsByKey,
    Badge badge,
    List<Badge> pastBadges) {}
