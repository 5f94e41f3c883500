package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.it.mapper.assets.AssetRepository;
import io.sibyl.it.mapper.assets.AssetTable;
import io.sibyl.it.mapper.assets.Building;
import io.sibyl.it.mapper.assets.Laptop;
import io.sibyl.it.mapper.assets.Laptop_;
import io.sibyl.it.mapper.assets.Phone;
import io.sibyl.mapper.Mapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A hierarchy two levels deep (base, sealed intermediate, leaves) against a real node. */
class PolymorphicHierarchyIT extends MapperITBase {

  private static Mapper mapper;
  private static AssetRepository assets;

  @BeforeAll
  static void createSchema() {
    mapper = createSchemaAndMapper(AssetTable.INSTANCE);
    assets = mapper.repository(AssetRepository.class);
  }

  @Test
  void should_round_trip_every_leaf_of_a_two_level_hierarchy() {
    assets.save(new Building("ada", "a", 3));
    assets.save(new Laptop("ada", "b", "arm64"));
    Laptop_.table(mapper).save(new Laptop("ada", "c", "x86"));
    assets.save(new Phone("ada", "d", "+33 1"));

    assertThat(assets.findByOwner("ada"))
        .containsExactly(
            new Building("ada", "a", 3),
            new Laptop("ada", "b", "arm64"),
            new Laptop("ada", "c", "x86"),
            new Phone("ada", "d", "+33 1"));
    assertThat(
            session.execute("SELECT kind FROM repo_assets WHERE owner = 'ada'").all().stream()
                .map(row -> row.getString(0))
                .toList())
        .containsExactly("building", "laptop", "laptop", "phone");
    assertThat(Laptop_.table(mapper).select().where(Laptop_.OWNER.eq("ada")).list())
        .containsExactly(new Laptop("ada", "b", "arm64"), new Laptop("ada", "c", "x86"));
  }
}
