package io.sibyl.mapper.processor.parse.cql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits CQL text into tokens, enough to find tables, columns and bind markers. */
public final class CqlLexer {

  /** Token kinds. */
  public enum Type {
    IDENTIFIER,
    QUOTED_IDENTIFIER,
    STRING,
    NUMBER,
    POSITIONAL_MARKER,
    NAMED_MARKER,
    SYMBOL
  }

  /**
   * A token.
   *
   * @param type its kind
   * @param text its text (for a named marker, the name without the colon; for a quoted identifier,
   *     with its quotes)
   * @param start its offset in the source
   * @param end the offset after it
   */
  public record Token(Type type, String text, int start, int end) {

    /** Whether it is the keyword or symbol {@code word} (case-insensitive). */
    public boolean is(String word) {
      return (type == Type.IDENTIFIER || type == Type.SYMBOL) && text.equalsIgnoreCase(word);
    }

    /** Whether it names something (identifier or quoted identifier). */
    public boolean isName() {
      return type == Type.IDENTIFIER || type == Type.QUOTED_IDENTIFIER;
    }

    /** Whether it is a bind marker. */
    public boolean isMarker() {
      return type == Type.POSITIONAL_MARKER || type == Type.NAMED_MARKER;
    }

    /** The lower-case text. */
    public String lower() {
      return text.toLowerCase(Locale.ROOT);
    }
  }

  /** Thrown on text that is not CQL. */
  public static final class LexException extends Exception {
    private static final long serialVersionUID = 1L;

    LexException(String message) {
      super(message, null, false, false);
    }
  }

  private static final Pattern UUID_LITERAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
  private static final String TWO_CHAR_SYMBOLS = "<=>=!=+=-=";

  private CqlLexer() {}

  /** The tokens of {@code cql}. */
  public static List<Token> tokenize(String cql) throws LexException {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = cql.length();
    while (i < n) {
      char c = cql.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (cql.startsWith("--", i) || cql.startsWith("//", i)) {
        int eol = cql.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (cql.startsWith("/*", i)) {
        int close = cql.indexOf("*/", i + 2);
        if (close < 0) {
          throw new LexException("a comment is not closed");
        }
        i = close + 2;
      } else if (c == '\'') {
        int end = closeQuote(cql, i, '\'');
        tokens.add(new Token(Type.STRING, cql.substring(i, end), i, end));
        i = end;
      } else if (cql.startsWith("$$", i)) {
        int close = cql.indexOf("$$", i + 2);
        if (close < 0) {
          throw new LexException("a $$ string is not closed");
        }
        tokens.add(new Token(Type.STRING, cql.substring(i, close + 2), i, close + 2));
        i = close + 2;
      } else if (c == '"') {
        int end = closeQuote(cql, i, '"');
        tokens.add(new Token(Type.QUOTED_IDENTIFIER, cql.substring(i, end), i, end));
        i = end;
      } else if (c == '?') {
        tokens.add(new Token(Type.POSITIONAL_MARKER, "?", i, i + 1));
        i++;
      } else if (c == ':'
          && i + 1 < n
          && (isNameStart(cql.charAt(i + 1)) || cql.charAt(i + 1) == '"')) {
        int start = i;
        i++;
        String name;
        if (cql.charAt(i) == '"') {
          int end = closeQuote(cql, i, '"');
          name = cql.substring(i, end);
          i = end;
        } else {
          int end = nameEnd(cql, i);
          name = cql.substring(i, end);
          i = end;
        }
        tokens.add(new Token(Type.NAMED_MARKER, name, start, i));
      } else if (Character.isDigit(c)
          || (c == '-'
              && i + 1 < n
              && Character.isDigit(cql.charAt(i + 1))
              && (tokens.isEmpty() || !isValueEnd(tokens.get(tokens.size() - 1))))) {
        Matcher uuid = UUID_LITERAL.matcher(cql).region(i, n);
        int end = uuid.lookingAt() ? uuid.end() : numberEnd(cql, i + 1);
        tokens.add(new Token(Type.NUMBER, cql.substring(i, end), i, end));
        i = end;
      } else if (isNameStart(c)) {
        int end = nameEnd(cql, i);
        tokens.add(new Token(Type.IDENTIFIER, cql.substring(i, end), i, end));
        i = end;
      } else {
        String two = i + 1 < n ? cql.substring(i, i + 2) : "";
        if (two.length() == 2
            && TWO_CHAR_SYMBOLS.contains(two)
            && TWO_CHAR_SYMBOLS.indexOf(two) % 2 == 0) {
          tokens.add(new Token(Type.SYMBOL, two, i, i + 2));
          i += 2;
        } else if ("=<>(),.*+-[]{};:!".indexOf(c) >= 0) {
          tokens.add(new Token(Type.SYMBOL, String.valueOf(c), i, i + 1));
          i++;
        } else {
          throw new LexException("unexpected character '" + c + "' at offset " + i);
        }
      }
    }
    return tokens;
  }

  private static boolean isValueEnd(Token token) {
    return token.type() == Type.NUMBER || token.isName() || token.isMarker() || token.is(")");
  }

  private static boolean isNameStart(char c) {
    return Character.isLetter(c) || c == '_';
  }

  private static int nameEnd(String cql, int i) {
    int end = i;
    while (end < cql.length()
        && (Character.isLetterOrDigit(cql.charAt(end)) || cql.charAt(end) == '_')) {
      end++;
    }
    return end;
  }

  private static int numberEnd(String cql, int i) {
    int end = i;
    while (end < cql.length()) {
      char c = cql.charAt(end);
      boolean exponentSign =
          (c == '-' || c == '+') && (cql.charAt(end - 1) == 'e' || cql.charAt(end - 1) == 'E');
      if (Character.isLetterOrDigit(c) || c == '.' || exponentSign) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  private static int closeQuote(String cql, int open, char quote) throws LexException {
    int i = open + 1;
    while (i < cql.length()) {
      if (cql.charAt(i) == quote) {
        if (i + 1 < cql.length() && cql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    throw new LexException("a " + quote + " quote is not closed");
  }
}
