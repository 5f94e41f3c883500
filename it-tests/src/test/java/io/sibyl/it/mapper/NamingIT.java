package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.Row;
import io.sibyl.it.mapper.model.Badge;
import io.sibyl.it.mapper.model.Profile;
import io.sibyl.it.mapper.model.ProfileRepository;
import io.sibyl.it.mapper.model.ProfileTable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Exact (quoted, case-sensitive) table, column, UDT and field names, reserved words and indexes on
 * collections, against a real node.
 */
class NamingIT extends MapperITBase {

  private static ProfileRepository profiles;

  @BeforeAll
  static void createSchema() {
    profiles = createSchemaAndMapper(ProfileTable.INSTANCE).repository(ProfileRepository.class);
  }

  @Test
  void should_create_the_schema_under_exact_names() {
    List<String> columns =
        session
            .execute(
                "SELECT column_name FROM system_schema.columns"
                    + " WHERE keyspace_name = ? AND table_name = 'UserProfiles'",
                keyspace)
            .all()
            .stream()
            .map(row -> row.getString(0))
            .toList();
    Row badgeType =
        session
            .execute(
                "SELECT field_names FROM system_schema.types"
                    + " WHERE keyspace_name = ? AND type_name = 'ProfileBadge'",
                keyspace)
            .one();

    assertThat(columns)
        .containsExactlyInAnyOrder(
            "userName", "Order", "key", "favouriteTags", "settingsByKey", "badge", "pastBadges");
    assertThat(badgeType.getList(0, String.class)).containsExactly("badgeName", "level");
  }

  @Test
  void should_write_read_update_and_delete_through_quoted_names() {
    Profile first = profile("ada", 1, "alpha", "maths");
    Profile second = profile("ada", 2, "beta", "poetry");
    profiles.save(first);
    profiles.save(second);

    profiles.rekey("ada", 2, "gamma");

    assertThat(profiles.find("ada", 1)).contains(first);
    assertThat(profiles.newestFirst("ada"))
        .extracting(Profile::key)
        .containsExactly("gamma", "alpha");
    assertThat(profiles.badges("ada"))
        .extracting(Profile::badge)
        .containsExactly(new Badge("badge-1", 1), new Badge("badge-2", 2));
    profiles.delete("ada", 1);
    assertThat(profiles.find("ada", 1)).isEmpty();
  }

  @Test
  void should_query_indexes_on_set_values_and_map_keys() {
    profiles.save(profile("grace", 1, "k", "navy"));
    profiles.save(profile("alan", 1, "k", "codes"));

    assertThat(profiles.findByFavouriteTagsContains("navy"))
        .extracting(Profile::userName)
        .containsExactly("grace");
    assertThat(profiles.findBySettingsByKeyContainsKey("theme-codes"))
        .extracting(Profile::userName)
        .containsExactly("alan");
  }

  private static Profile profile(String user, int order, String key, String tag) {
    return new Profile(
        user,
        order,
        key,
        Set.of(tag, "common"),
        Map.of("theme-" + tag, "dark"),
        new Badge("badge-" + order, order),
        List.of(new Badge("old", 0)));
  }
}
