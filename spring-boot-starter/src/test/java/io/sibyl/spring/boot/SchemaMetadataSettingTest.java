package io.sibyl.spring.boot;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Session;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaMetadataSettingTest {

  @Test
  void should_refuse_a_mode_mixed_with_keyspace_names() {
    assertThatThrownBy(
            () -> SchemaMetadataSetting.apply(List.of("mapped", "shop"), Session.builder()))
        .isInstanceOf(SibylStartupException.class)
        .hasMessage(
            "sibyl.schema-metadata=mapped,shop mixes 'mapped' with other values: give either one"
                + " of all, none or mapped, or a list of keyspace names");
  }
}
