package io.sibyl.mapper.processor.parse.cql;

import io.sibyl.mapper.processor.model.Operator;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the relations of a WHERE or IF clause ({@code a = :x AND b > :y AND c IN :z}) from a token
 * range: each relation names a column, an operator and a value (markers, literals, lists or
 * function calls).
 */
public final class ClauseParser {

  /**
   * One relation.
   *
   * @param column the column token
   * @param operator the operator
   * @param markers the bind markers of the value, in order
   * @param singleMarker whether the value is exactly one marker
   * @param start the index of the column token
   */
  public record Relation(
      CqlLexer.Token column,
      Operator operator,
      List<CqlLexer.Token> markers,
      boolean singleMarker,
      int start) {}

  /** Thrown on a clause that is not a conjunction of simple relations. */
  public static final class ClauseException extends Exception {
    private static final long serialVersionUID = 1L;

    ClauseException(String message) {
      super(message, null, false, false);
    }
  }

  private final List<CqlLexer.Token> tokens;
  private final int end;
  private int pos;

  private ClauseParser(List<CqlLexer.Token> tokens, int start, int end) {
    this.tokens = tokens;
    this.pos = start;
    this.end = end;
  }

  /** The relations of {@code tokens[start, end)}. */
  public static List<Relation> parse(List<CqlLexer.Token> tokens, int start, int end)
      throws ClauseException {
    return new ClauseParser(tokens, start, end).relations();
  }

  private List<Relation> relations() throws ClauseException {
    List<Relation> relations = new ArrayList<>();
    if (pos >= end) {
      throw new ClauseException("it is empty");
    }
    while (true) {
      relations.add(relation());
      if (pos >= end) {
        return relations;
      }
      if (!tokens.get(pos).is("and")) {
        throw new ClauseException("expected AND before '" + tokens.get(pos).text() + "'");
      }
      pos++;
    }
  }

  private Relation relation() throws ClauseException {
    int start = pos;
    CqlLexer.Token column = next();
    if (column.is("(")) {
      throw new ClauseException("multi-column relations are not supported here; use @Query");
    }
    if (!column.isName()) {
      throw new ClauseException("expected a column name, found '" + column.text() + "'");
    }
    if (pos < end && tokens.get(pos).is("(")) {
      throw new ClauseException(
          column.text() + "(...) relations are not supported here; use @Query");
    }
    Operator operator = operator();
    List<CqlLexer.Token> markers = new ArrayList<>();
    int valueStart = pos;
    value(markers);
    boolean single = pos - valueStart == 1 && markers.size() == 1;
    return new Relation(column, operator, markers, single, start);
  }

  private Operator operator() throws ClauseException {
    CqlLexer.Token token = next();
    return switch (token.lower()) {
      case "=" -> Operator.EQ;
      case "!=" -> Operator.NE;
      case "<" -> Operator.LT;
      case "<=" -> Operator.LTE;
      case ">" -> Operator.GT;
      case ">=" -> Operator.GTE;
      case "in" -> Operator.IN;
      case "like" -> Operator.LIKE;
      case "contains" -> {
        if (pos < end && tokens.get(pos).is("key")) {
          pos++;
          yield Operator.CONTAINS_KEY;
        }
        yield Operator.CONTAINS;
      }
      default -> throw new ClauseException("expected an operator, found '" + token.text() + "'");
    };
  }

  /** Skips one value: a marker, literal, name, function call, or bracketed list. */
  private void value(List<CqlLexer.Token> markers) throws ClauseException {
    CqlLexer.Token token = next();
    if (token.isMarker()) {
      markers.add(token);
    } else if (token.is("(") || token.is("[") || token.is("{")) {
      skipGroup(token, markers);
    } else if (token.isName() && pos < end && tokens.get(pos).is("(")) {
      skipGroup(next(), markers);
    } else if (token.is("-") && pos < end) {
      value(markers);
    } else if (token.type() == CqlLexer.Type.SYMBOL) {
      throw new ClauseException("expected a value, found '" + token.text() + "'");
    }
  }

  private void skipGroup(CqlLexer.Token open, List<CqlLexer.Token> markers) throws ClauseException {
    int depth = 1;
    while (depth > 0) {
      CqlLexer.Token token = next();
      if (token.is("(") || token.is("[") || token.is("{")) {
        depth++;
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        depth--;
      } else if (token.isMarker()) {
        markers.add(token);
      }
    }
  }

  private CqlLexer.Token next() throws ClauseException {
    if (pos >= end) {
      throw new ClauseException("it ends too early");
    }
    return tokens.get(pos++);
  }
}
