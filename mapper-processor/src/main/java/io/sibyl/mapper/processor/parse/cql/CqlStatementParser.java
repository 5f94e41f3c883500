package io.sibyl.mapper.processor.parse.cql;

import io.sibyl.mapper.processor.model.Operator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parses a hand-written CQL statement far enough to check it: its kind, its table, the columns it
 * names, its bind markers (with the column each one feeds, where there is one), and what makes it
 * non-idempotent.
 */
public final class CqlStatementParser {

  /** Statement kinds. */
  public enum Kind {
    SELECT,
    INSERT,
    UPDATE,
    DELETE,
    OTHER
  }

  /**
   * A bind marker and what it feeds.
   *
   * @param marker the marker token
   * @param column the column it is compared with or assigned to, or null
   * @param operator the relation ({@code EQ} for assignments), or null
   */
  public record MarkerUse(CqlLexer.Token marker, CqlLexer.Token column, Operator operator) {}

  /**
   * One column of an {@code ORDER BY} clause.
   *
   * @param column the column token
   * @param descending whether it is written {@code DESC}
   */
  public record Ordering(CqlLexer.Token column, boolean descending) {}

  /**
   * A parsed statement.
   *
   * @param kind the kind
   * @param keyspace the keyspace token qualifying the table, or null
   * @param table the table token, or null
   * @param columns the tokens that name columns
   * @param markers every marker in order
   * @param conditional whether it has an IF clause
   * @param nonDeterministic whether it calls now(), uuid() or another time function
   * @param selfAssigned columns updated from their own value ({@code c = c + ?})
   * @param selectedColumns the selected columns of a select (empty for {@code *})
   * @param where the relations of the WHERE clause, or null when it is not a conjunction of
   *     single-column relations (token and multi-column relations are not checked)
   * @param allowFiltering whether the statement ends with {@code ALLOW FILTERING}
   * @param orderBy the columns of the {@code ORDER BY} clause (empty without one), or null when it
   *     is not a list of plain columns (such as {@code ORDER BY v ANN OF ?}; left unchecked)
   */
  public record Parsed(
      Kind kind,
      CqlLexer.Token keyspace,
      CqlLexer.Token table,
      List<CqlLexer.Token> columns,
      List<MarkerUse> markers,
      boolean conditional,
      boolean nonDeterministic,
      List<CqlLexer.Token> selfAssigned,
      List<CqlLexer.Token> selectedColumns,
      List<ClauseParser.Relation> where,
      boolean allowFiltering,
      List<Ordering> orderBy) {}

  /** Thrown on a statement that cannot be parsed; the message says where. */
  public static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message, null, false, false);
    }
  }

  private static final Set<String> NON_DETERMINISTIC =
      Set.of("now", "uuid", "currenttimestamp", "currentdate", "currenttime", "currenttimeuuid");
  private static final Set<String> SELECT_WORDS = Set.of("distinct", "json", "as", "cast");
  private static final Set<String> CLAUSE_ENDS =
      Set.of("order", "group", "per", "limit", "allow", "if", "using");

  private final List<CqlLexer.Token> tokens;
  private final List<CqlLexer.Token> columns = new ArrayList<>();
  private final Map<CqlLexer.Token, MarkerUse> uses = new HashMap<>();
  private final List<CqlLexer.Token> selfAssigned = new ArrayList<>();
  private final List<CqlLexer.Token> selected = new ArrayList<>();
  private CqlLexer.Token keyspace;
  private CqlLexer.Token table;
  private boolean conditional;
  private List<ClauseParser.Relation> where = List.of();
  private boolean allowFiltering;
  private List<Ordering> orderBy = new ArrayList<>();
  private int pos;

  private CqlStatementParser(List<CqlLexer.Token> tokens) {
    this.tokens = tokens;
  }

  /** Parses a statement. */
  public static Parsed parse(String cql) throws ParseException {
    List<CqlLexer.Token> tokens;
    try {
      tokens = CqlLexer.tokenize(cql);
    } catch (CqlLexer.LexException e) {
      throw new ParseException(e.getMessage());
    }
    while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).is(";")) {
      tokens = tokens.subList(0, tokens.size() - 1);
    }
    if (tokens.isEmpty()) {
      throw new ParseException("it is empty");
    }
    return new CqlStatementParser(tokens).statement();
  }

  private Parsed statement() throws ParseException {
    Kind kind =
        switch (tokens.get(0).lower()) {
          case "select" -> Kind.SELECT;
          case "insert" -> Kind.INSERT;
          case "update" -> Kind.UPDATE;
          case "delete" -> Kind.DELETE;
          default -> Kind.OTHER;
        };
    pos = 1;
    switch (kind) {
      case SELECT -> select();
      case INSERT -> insert();
      case UPDATE -> update();
      case DELETE -> delete();
      case OTHER -> {}
    }
    List<MarkerUse> markers = new ArrayList<>();
    boolean nonDeterministic = false;
    for (int i = 0; i < tokens.size(); i++) {
      CqlLexer.Token token = tokens.get(i);
      if (token.isMarker()) {
        markers.add(uses.getOrDefault(token, new MarkerUse(token, null, null)));
      }
      if (token.type() == CqlLexer.Type.IDENTIFIER
          && NON_DETERMINISTIC.contains(token.lower())
          && i + 1 < tokens.size()
          && tokens.get(i + 1).is("(")) {
        nonDeterministic = true;
      }
    }
    return new Parsed(
        kind,
        keyspace,
        table,
        columns,
        markers,
        conditional,
        nonDeterministic,
        selfAssigned,
        selected,
        where,
        allowFiltering,
        orderBy == null ? null : List.copyOf(orderBy));
  }

  private void select() throws ParseException {
    int from = findTopLevel("from", pos);
    if (from < 0) {
      throw new ParseException("a SELECT needs FROM");
    }
    for (int i = pos; i < from; i++) {
      CqlLexer.Token token = tokens.get(i);
      boolean function = i + 1 < from && tokens.get(i + 1).is("(");
      boolean afterAs = i > 0 && tokens.get(i - 1).is("as");
      if (token.isName() && !function && !afterAs && !SELECT_WORDS.contains(token.lower())) {
        columns.add(token);
        selected.add(token);
      }
    }
    pos = from + 1;
    tableName();
    clauses();
  }

  private void insert() throws ParseException {
    expect("into");
    tableName();
    if (!peek("(")) {
      return;
    }
    pos++;
    List<CqlLexer.Token> names = new ArrayList<>();
    while (!peek(")")) {
      CqlLexer.Token name = next();
      if (name.isName()) {
        names.add(name);
        columns.add(name);
      }
    }
    pos++;
    expect("values");
    expect("(");
    int index = 0;
    int depth = 0;
    int valueStart = pos;
    while (pos < tokens.size()) {
      CqlLexer.Token token = next();
      if (token.is("(") || token.is("[") || token.is("{")) {
        depth++;
      } else if ((token.is(")") && depth == 0) || (token.is(",") && depth == 0)) {
        if (pos - 1 - valueStart == 1
            && tokens.get(valueStart).isMarker()
            && index < names.size()) {
          uses.put(
              tokens.get(valueStart),
              new MarkerUse(tokens.get(valueStart), names.get(index), Operator.EQ));
        }
        index++;
        valueStart = pos;
        if (token.is(")")) {
          break;
        }
      } else if (token.is(")") || token.is("]") || token.is("}")) {
        depth--;
      }
    }
    conditional = findTopLevel("if", pos) >= 0;
  }

  private void update() throws ParseException {
    tableName();
    int set = findTopLevel("set", pos);
    int where = findTopLevel("where", pos);
    if (set < 0 || where < 0) {
      throw new ParseException("an UPDATE needs SET and WHERE");
    }
    assignments(set + 1, where);
    pos = where;
    clauses();
  }

  private void delete() throws ParseException {
    int from = findTopLevel("from", pos);
    if (from < 0) {
      throw new ParseException("a DELETE needs FROM");
    }
    for (int i = pos; i < from; i++) {
      if (tokens.get(i).isName() && (i == pos || tokens.get(i - 1).is(","))) {
        columns.add(tokens.get(i));
      }
    }
    pos = from + 1;
    tableName();
    clauses();
  }

  /** WHERE, IF, ORDER BY and the rest, from {@code pos}. */
  private void clauses() throws ParseException {
    while (pos < tokens.size()) {
      CqlLexer.Token token = next();
      if (token.is("where") || token.is("if")) {
        if (token.is("if")) {
          conditional = true;
          if (peek("exists") || peek("not")) {
            continue;
          }
        }
        int end = clauseEnd(pos);
        List<ClauseParser.Relation> relations = relations(pos, end);
        if (token.is("where")) {
          where = relations;
        }
        pos = end;
      } else if (token.is("allow") && peek("filtering")) {
        pos++;
        allowFiltering = true;
      } else if (token.is("order") && peek("by")) {
        pos++;
        int start = pos;
        while (pos < tokens.size() && !CLAUSE_ENDS.contains(tokens.get(pos).lower())) {
          CqlLexer.Token name = next();
          if (name.isName() && !name.is("asc") && !name.is("desc")) {
            columns.add(name);
          }
        }
        orderBy = orderings(start, pos);
      }
    }
  }

  /**
   * The orderings between {@code start} and {@code end}: {@code column [ASC | DESC]} separated by
   * commas, or null when the clause is anything else.
   */
  private List<Ordering> orderings(int start, int end) {
    List<Ordering> result = new ArrayList<>();
    int i = start;
    while (i < end) {
      CqlLexer.Token column = tokens.get(i);
      if (!column.isName()) {
        return null;
      }
      i++;
      boolean descending = false;
      if (i < end && (tokens.get(i).is("asc") || tokens.get(i).is("desc"))) {
        descending = tokens.get(i).is("desc");
        i++;
      }
      result.add(new Ordering(column, descending));
      if (i < end && !tokens.get(i).is(",")) {
        return null;
      }
      i++;
    }
    return result.isEmpty() ? null : result;
  }

  /** The relations of a clause, or null when they are not all simple. */
  private List<ClauseParser.Relation> relations(int start, int end) {
    List<ClauseParser.Relation> relations;
    try {
      relations = ClauseParser.parse(tokens, start, end);
    } catch (ClauseParser.ClauseException e) {
      return null;
    }
    for (ClauseParser.Relation relation : relations) {
      columns.add(relation.column());
      if (relation.singleMarker()) {
        CqlLexer.Token marker = relation.markers().get(0);
        uses.put(marker, new MarkerUse(marker, relation.column(), relation.operator()));
      }
    }
    return relations;
  }

  private void assignments(int start, int end) {
    int i = start;
    while (i < end) {
      int stop = i;
      int depth = 0;
      while (stop < end && !(depth == 0 && tokens.get(stop).is(","))) {
        CqlLexer.Token t = tokens.get(stop);
        depth +=
            t.is("(") || t.is("[") || t.is("{") ? 1 : t.is(")") || t.is("]") || t.is("}") ? -1 : 0;
        stop++;
      }
      assignment(i, stop);
      i = stop + 1;
    }
  }

  private void assignment(int start, int end) {
    CqlLexer.Token column = tokens.get(start);
    if (!column.isName()) {
      return;
    }
    columns.add(column);
    int equals = start + 1;
    while (equals < end
        && !tokens.get(equals).is("=")
        && !tokens.get(equals).is("+=")
        && !tokens.get(equals).is("-=")) {
      equals++;
    }
    if (equals >= end) {
      return;
    }
    boolean compound = tokens.get(equals).is("+=") || tokens.get(equals).is("-=");
    boolean self = compound;
    for (int i = equals + 1; i < end; i++) {
      CqlLexer.Token token = tokens.get(i);
      if (token.isName() && token.lower().equals(column.lower()) && !token.isMarker()) {
        self = true;
        columns.add(token);
      }
    }
    if (self) {
      selfAssigned.add(column);
    }
    boolean keyed = equals != start + 1;
    if (end - equals == 2 && tokens.get(equals + 1).isMarker() && !keyed && !compound) {
      CqlLexer.Token marker = tokens.get(equals + 1);
      uses.put(marker, new MarkerUse(marker, column, Operator.EQ));
    }
  }

  private void tableName() throws ParseException {
    CqlLexer.Token first = next();
    if (!first.isName()) {
      throw new ParseException("expected a table name, found '" + first.text() + "'");
    }
    if (peek(".")) {
      pos++;
      keyspace = first;
      table = next();
      if (!table.isName()) {
        throw new ParseException("expected a table name after '" + first.text() + ".'");
      }
    } else {
      table = first;
    }
    if (peek("using")) {
      while (pos < tokens.size() && !peek("set") && !peek("where")) {
        pos++;
      }
    }
  }

  private int clauseEnd(int from) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      CqlLexer.Token token = tokens.get(i);
      if (token.is("(")) {
        depth++;
      } else if (token.is(")")) {
        depth--;
      } else if (depth == 0
          && token.type() == CqlLexer.Type.IDENTIFIER
          && (CLAUSE_ENDS.contains(token.lower()) || token.is("where"))) {
        return i;
      }
    }
    return tokens.size();
  }

  private int findTopLevel(String word, int from) {
    int depth = 0;
    for (int i = from; i < tokens.size(); i++) {
      CqlLexer.Token token = tokens.get(i);
      if (token.is("(")) {
        depth++;
      } else if (token.is(")")) {
        depth--;
      } else if (depth == 0 && token.type() == CqlLexer.Type.IDENTIFIER && token.is(word)) {
        return i;
      }
    }
    return -1;
  }

  private boolean peek(String word) {
    return pos < tokens.size() && tokens.get(pos).is(word);
  }

  private void expect(String word) throws ParseException {
    CqlLexer.Token token = next();
    if (!token.is(word)) {
      throw new ParseException(
          "expected " + word.toUpperCase(java.util.Locale.ROOT) + ", found '" + token.text() + "'");
    }
  }

  private CqlLexer.Token next() throws ParseException {
    if (pos >= tokens.size()) {
      throw new ParseException("it ends too early");
    }
    return tokens.get(pos++);
  }
}
