package test;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.IndexTarget;
import io.sibyl.mapper.annotations.NamingStrategy;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.Map;
import java.util.Set;

@Table(naming = NamingStrategy.EXACT)
public record Profile(
    @PartitionKey String userName,
    @Column(name = "\"Order\"") int order,
    @Index Set<String> favouriteTags,
    @Index(target = IndexTarget.KEYS) Map<String, String> settingsByKey) {}
