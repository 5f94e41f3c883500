package io.sibyl.driver.type.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.internal.codec.DriverCodecProvider;
import io.sibyl.driver.type.DataTypes;
import org.junit.jupiter.api.Test;

/** The registry finds the driver's built-in codecs by name; the name must follow the class. */
class BuiltInsTest {

  @Test
  void should_load_the_driver_codec_provider_by_name() {
    assertThat(BuiltIns.PROVIDER).isSameAs(DriverCodecProvider.INSTANCE);
  }

  @Test
  void should_give_the_default_registry_the_built_in_codecs() {
    assertThat(CodecRegistry.DEFAULT.codecFor(DataTypes.INT))
        .isSameAs(DriverCodecProvider.INSTANCE.defaultFor(DataTypes.INT.protocolCode()));
  }
}
