package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.model.Operator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses derived method names: {@code findByCustomerIdAndOrderDateGreaterThan}, {@code
 * countByCustomerId}, {@code existsById}, {@code deleteByCustomerId}, {@code
 * findTop10ByCustomerIdOrderByOrderDateDesc}, {@code findByEmailAllowFiltering}, {@code findAll}.
 */
public final class FinderNameParser {

  /** What the method does. */
  public enum Action {
    FIND,
    COUNT,
    EXISTS,
    DELETE
  }

  /**
   * One restriction of the name.
   *
   * @param property the property
   * @param operator the operator; {@code BETWEEN} is two restrictions ({@code >=} and {@code <=})
   *     on one property
   * @param between whether it came from {@code Between} (two parameters)
   */
  public record Criterion(String property, Operator operator, boolean between) {}

  /**
   * One ordering of the name.
   *
   * @param property the property
   * @param descending whether it is descending
   */
  public record Order(String property, boolean descending) {}

  /**
   * A parsed name.
   *
   * @param action what the method does
   * @param criteria the restrictions, in order
   * @param orders the orderings
   * @param limit the limit from {@code First} or {@code TopN}, or 0
   * @param allowFiltering whether the name ends with {@code AllowFiltering}
   */
  public record Finder(
      Action action,
      List<Criterion> criteria,
      List<Order> orders,
      int limit,
      boolean allowFiltering) {

    /** The number of parameters the criteria take. */
    public int parameterCount() {
      return criteria.stream().mapToInt(c -> c.between() ? 2 : 1).sum();
    }
  }

  /** Thrown when a name does not follow the pattern; the message says which part. */
  public static final class NameException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String segment;

    NameException(String segment) {
      super(segment, null, false, false);
      this.segment = segment;
    }

    /** The part of the name that matches no property. */
    public String segment() {
      return segment;
    }
  }

  private static final Pattern HEAD =
      Pattern.compile(
          "(find|get|read|query|stream|search|count|exists|delete|remove)"
              + "(All|First|Top(\\d+))?(By(.*))?");

  private record Suffix(String text, Operator operator, boolean between) {}

  private static final List<Suffix> SUFFIXES =
      List.of(
          new Suffix("GreaterThanEqual", Operator.GTE, false),
          new Suffix("GreaterThan", Operator.GT, false),
          new Suffix("LessThanEqual", Operator.LTE, false),
          new Suffix("LessThan", Operator.LT, false),
          new Suffix("After", Operator.GT, false),
          new Suffix("Before", Operator.LT, false),
          new Suffix("Between", Operator.GTE, true),
          new Suffix("ContainsKey", Operator.CONTAINS_KEY, false),
          new Suffix("Contains", Operator.CONTAINS, false),
          new Suffix("In", Operator.IN, false),
          new Suffix("Equals", Operator.EQ, false),
          new Suffix("Is", Operator.EQ, false));

  private FinderNameParser() {}

  /** Whether the name starts like a derived method (and so should be parsed as one). */
  public static boolean looksDerived(String name) {
    Matcher matcher = HEAD.matcher(name);
    return matcher.matches() && (matcher.group(2) != null || matcher.group(4) != null);
  }

  /**
   * Parses {@code name} against the entity's {@code properties}.
   *
   * @throws NameException naming the part that is no property
   */
  public static Finder parse(String name, List<String> properties) throws NameException {
    Matcher matcher = HEAD.matcher(name);
    if (!matcher.matches()) {
      throw new NameException(name);
    }
    Action action =
        switch (matcher.group(1)) {
          case "count" -> Action.COUNT;
          case "exists" -> Action.EXISTS;
          case "delete", "remove" -> Action.DELETE;
          default -> Action.FIND;
        };
    int limit = 0;
    if ("First".equals(matcher.group(2))) {
      limit = 1;
    } else if (matcher.group(3) != null) {
      limit = Integer.parseInt(matcher.group(3));
    }
    String rest = matcher.group(5) == null ? "" : matcher.group(5);
    boolean allowFiltering = rest.endsWith("AllowFiltering");
    if (allowFiltering) {
      rest = rest.substring(0, rest.length() - "AllowFiltering".length());
    }
    List<Order> orders = new ArrayList<>();
    int orderBy = rest.indexOf("OrderBy");
    if (orderBy >= 0) {
      orders = orders(rest.substring(orderBy + "OrderBy".length()), properties);
      rest = rest.substring(0, orderBy);
    }
    if (matcher.group(4) != null && rest.isEmpty() && orderBy != 0) {
      throw new NameException("By");
    }
    List<Criterion> criteria = new ArrayList<>();
    List<String> byLength = sortedByLength(properties);
    while (!rest.isEmpty()) {
      String property = prefixProperty(rest, byLength);
      if (property == null) {
        throw new NameException(segment(rest));
      }
      rest = rest.substring(property.length());
      Suffix suffix = null;
      for (Suffix candidate : SUFFIXES) {
        if (rest.startsWith(candidate.text()) && boundary(rest, candidate.text().length())) {
          suffix = candidate;
          break;
        }
      }
      if (suffix != null) {
        rest = rest.substring(suffix.text().length());
      }
      criteria.add(
          new Criterion(
              decapitalize(property),
              suffix == null ? Operator.EQ : suffix.operator(),
              suffix != null && suffix.between()));
      if (rest.startsWith("And")) {
        rest = rest.substring(3);
        if (rest.isEmpty()) {
          throw new NameException("And");
        }
      } else if (!rest.isEmpty()) {
        throw new NameException(segment(rest));
      }
    }
    return new Finder(action, criteria, orders, limit, allowFiltering);
  }

  private static List<Order> orders(String text, List<String> properties) throws NameException {
    List<Order> orders = new ArrayList<>();
    List<String> byLength = sortedByLength(properties);
    String rest = text;
    while (!rest.isEmpty()) {
      String property = prefixProperty(rest, byLength);
      if (property == null) {
        throw new NameException(segment(rest));
      }
      rest = rest.substring(property.length());
      boolean descending = false;
      if (rest.startsWith("Desc")) {
        descending = true;
        rest = rest.substring(4);
      } else if (rest.startsWith("Asc")) {
        rest = rest.substring(3);
      }
      orders.add(new Order(decapitalize(property), descending));
    }
    return orders;
  }

  /** The longest capitalized property that starts {@code text} at a word boundary. */
  private static String prefixProperty(String text, List<String> byLength) {
    for (String property : byLength) {
      String capitalized = Character.toUpperCase(property.charAt(0)) + property.substring(1);
      if (text.startsWith(capitalized) && boundary(text, capitalized.length())) {
        return capitalized;
      }
    }
    return null;
  }

  private static boolean boundary(String text, int at) {
    return at == text.length()
        || Character.isUpperCase(text.charAt(at))
        || Character.isDigit(text.charAt(at));
  }

  private static List<String> sortedByLength(List<String> properties) {
    return properties.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
  }

  private static String segment(String rest) {
    int and = rest.indexOf("And", 1);
    return and < 0 ? rest : rest.substring(0, and);
  }

  private static String decapitalize(String name) {
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
