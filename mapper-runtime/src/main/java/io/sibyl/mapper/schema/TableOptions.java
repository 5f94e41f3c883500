package io.sibyl.mapper.schema;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a table option written in CQL ({@code compaction = {'class':
 * 'LeveledCompactionStrategy'}}) with the value schema metadata holds ({@code
 * {class=org.apache...LeveledCompactionStrategy, ...}}). Only what the model states is compared:
 * server defaults the model leaves out are not differences.
 */
final class TableOptions {

  private TableOptions() {}

  /** The option's name, lower case, or null when the text is not {@code name = value}. */
  static String name(String option) {
    int equals = option.indexOf('=');
    return equals <= 0 ? null : option.substring(0, equals).trim().toLowerCase(Locale.ROOT);
  }

  /** Whether the option's value in CQL matches the live value. */
  static boolean matches(String option, String live) {
    String value = option.substring(option.indexOf('=') + 1).trim();
    if (value.startsWith("{")) {
      Map<String, String> wanted = parseMap(value, ":");
      Map<String, String> actual = parseMap(live, "=");
      for (Map.Entry<String, String> entry : wanted.entrySet()) {
        String current = actual.get(entry.getKey());
        if (current == null || !sameValue(entry.getKey(), entry.getValue(), current)) {
          return false;
        }
      }
      return true;
    }
    return sameValue("", unquote(value), live.trim());
  }

  private static boolean sameValue(String key, String wanted, String actual) {
    if (wanted.equalsIgnoreCase(actual)) {
      return true;
    }
    if (key.equals("class")) {
      return actual.endsWith("." + wanted) || wanted.endsWith("." + actual);
    }
    try {
      return new BigDecimal(wanted).compareTo(new BigDecimal(actual)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Parses {@code {'a': 'b', 'c': 1}} (separator ":") or {@code {a=b, c=1}} (separator "="). */
  static Map<String, String> parseMap(String text, String separator) {
    Map<String, String> map = new LinkedHashMap<>();
    String body = text.trim();
    if (body.startsWith("{")) {
      body = body.substring(1);
    }
    if (body.endsWith("}")) {
      body = body.substring(0, body.length() - 1);
    }
    for (String entry : body.split(",")) {
      int at = entry.indexOf(separator);
      if (at > 0) {
        map.put(
            unquote(entry.substring(0, at).trim()).toLowerCase(Locale.ROOT),
            unquote(entry.substring(at + separator.length()).trim()));
      }
    }
    return map;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value.substring(1, value.length() - 1).replace("''", "'");
    }
    return value;
  }
}
