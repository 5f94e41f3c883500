package io.sibyl.mapper.processor;

import io.sibyl.mapper.annotations.NamingStrategy;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The processor's {@code -A} options, parsed once.
 *
 * @param naming the naming strategy of entities that choose none ({@code -Asibyl.naming}, default
 *     snake_case)
 */
public record ProcessorOptions(NamingStrategy naming) {

  /** The option key of the default naming strategy. */
  public static final String NAMING = "sibyl.naming";

  /** Every supported option key. */
  public static final Set<String> KEYS = Set.of(NAMING);

  /** Parses the options; unknown or invalid values fall back to the defaults. */
  public static ProcessorOptions parse(Map<String, String> options) {
    NamingStrategy naming = NamingStrategy.SNAKE_CASE;
    String value = options.get(NAMING);
    if (value != null) {
      try {
        naming = NamingStrategy.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        naming = NamingStrategy.SNAKE_CASE;
      }
      if (naming == NamingStrategy.DEFAULT) {
        naming = NamingStrategy.SNAKE_CASE;
      }
    }
    return new ProcessorOptions(naming);
  }

  /** The strategy to use when an annotation says {@link NamingStrategy#DEFAULT}. */
  public NamingStrategy resolve(NamingStrategy declared) {
    return declared == NamingStrategy.DEFAULT ? naming : declared;
  }
}
