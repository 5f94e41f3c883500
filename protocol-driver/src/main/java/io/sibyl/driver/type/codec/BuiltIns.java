package io.sibyl.driver.type.codec;

/**
 * Holds the one {@link BuiltInCodecProvider}. It is found by name, so that this public package does
 * not depend on the internal codec package that implements it; a driver jar without it is broken,
 * and says so on first use of a registry.
 */
final class BuiltIns {
  /** The implementation's class, whose public static {@code INSTANCE} is the provider. */
  private static final String IMPLEMENTATION = "io.sibyl.driver.internal.codec.DriverCodecProvider";

  static final BuiltInCodecProvider PROVIDER = load();

  private BuiltIns() {}

  private static BuiltInCodecProvider load() {
    try {
      Class<?> type = Class.forName(IMPLEMENTATION, true, BuiltIns.class.getClassLoader());
      return (BuiltInCodecProvider) type.getField("INSTANCE").get(null);
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          "The driver's built-in codecs ("
              + IMPLEMENTATION
              + ") could not be loaded: the sibyl-protocol-driver jar on the class path is"
              + " incomplete or was repackaged without it. Use an unmodified driver jar.",
          e);
    }
  }
}
