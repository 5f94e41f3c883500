package io.sibyl.mapper.processor.parse;

import io.sibyl.mapper.annotations.NamingStrategy;
import java.util.Locale;

/** Applies a {@link NamingStrategy} to a Java name, giving the stored CQL name. */
public final class NamingStrategies {

  private NamingStrategies() {}

  /**
   * The stored name of a Java name under a strategy ({@link NamingStrategy#DEFAULT} must have been
   * resolved by the caller).
   */
  public static String apply(NamingStrategy strategy, String javaName) {
    return switch (strategy) {
      case LOWER_CASE -> javaName.toLowerCase(Locale.ROOT);
      case EXACT -> javaName;
      case SNAKE_CASE, DEFAULT -> snakeCase(javaName);
    };
  }

  /**
   * {@code customerId} to {@code customer_id}, {@code URLPath} to {@code url_path}, {@code userID}
   * to {@code user_id}, {@code address2} to {@code address2}.
   */
  static String snakeCase(String name) {
    StringBuilder out = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c)) {
        boolean afterLowerOrDigit =
            i > 0 && (Character.isLowerCase(name.charAt(i - 1)) || isDigit(name.charAt(i - 1)));
        boolean endsAcronym =
            i > 0
                && Character.isUpperCase(name.charAt(i - 1))
                && i + 1 < name.length()
                && Character.isLowerCase(name.charAt(i + 1));
        if ((afterLowerOrDigit || endsAcronym) && out.length() > 0 && lastIsNotUnderscore(out)) {
          out.append('_');
        }
        out.append(Character.toLowerCase(c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean lastIsNotUnderscore(StringBuilder out) {
    return out.charAt(out.length() - 1) != '_';
  }
}
