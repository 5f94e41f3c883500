package io.sibyl.mapper.processor.parse.method;

import com.palantir.javapoet.TypeName;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.processor.diag.Message;
import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.ColumnModel;
import io.sibyl.mapper.processor.model.CqlNames;
import io.sibyl.mapper.processor.model.CqlTemplate;
import io.sibyl.mapper.processor.model.Operator;
import io.sibyl.mapper.processor.model.RepositoryMethod;
import io.sibyl.mapper.processor.model.ReturnShape;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.parse.cql.ClauseParser;
import io.sibyl.mapper.processor.parse.cql.CqlLexer;
import io.sibyl.mapper.processor.parse.cql.CqlStatementParser;
import io.sibyl.mapper.processor.parse.cql.CqlStatementParser.Kind;
import io.sibyl.mapper.processor.parse.method.ReturnTypeParser.Raw;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Parses {@code @Query} methods: the CQL is parsed at compile time, its table and columns checked
 * against the mapped entities, and its markers matched with the parameters. In named steps; each
 * step reports what breaks its rule and returns false, which ends the parse.
 */
final class QueryMethodParser {

  private final MethodContext ctx;
  private final String cql;
  private CqlStatementParser.Parsed parsed;
  private TableModel returned;
  private TableModel table;
  private ReturnShape shape;
  private List<Binding> bindings;

  private QueryMethodParser(MethodContext ctx) {
    this.ctx = ctx;
    this.cql = ctx.method.getAnnotation(Query.class).value();
  }

  static RepositoryMethod parse(MethodContext ctx) {
    QueryMethodParser parser = new QueryMethodParser(ctx);
    return parser.parsesAsCql()
            && parser.returnedTable()
            && parser.namedTable()
            && parser.columnsOfTable()
            && parser.keyRules()
            && parser.orderRules()
            && parser.returnShape()
            && parser.markersBound()
            && Statements.noTtlOption(ctx, "@Query")
        ? parser.method()
        : null;
  }

  /** Rule: the CQL parses (far enough to know its kind, table, columns and markers). */
  private boolean parsesAsCql() {
    try {
      parsed = CqlStatementParser.parse(cql);
      return true;
    } catch (CqlStatementParser.ParseException e) {
      ctx.errorOnAttribute(Query.class, "value", Message.QUERY_INVALID, cql, e.getMessage());
      return false;
    }
  }

  /** Rule: a returned entity is a mapped {@code @Table}. */
  private boolean returnedTable() {
    if (ctx.returns.entity() == null) {
      return true;
    }
    returned = ctx.readTable(ctx.returns.entity(), ctx.method).orElse(null);
    return returned != null;
  }

  /** Rule: an unqualified table is a mapped entity's; keyspace.table may be any (system...). */
  private boolean namedTable() {
    if (parsed.table() == null) {
      return true;
    }
    Optional<TableModel> known = knownTable(ctx, parsed, returned);
    if (ctx.failedSilently) {
      return false;
    }
    if (known.isEmpty() && parsed.keyspace() == null) {
      ctx.errorOnAttribute(
          Query.class,
          "value",
          Message.QUERY_UNKNOWN_TABLE,
          parsed.table().text(),
          String.join(", ", knownNames(ctx)));
      return false;
    }
    table = known.orElse(null);
    return true;
  }

  /** Rule: the columns the statement names are its table's. */
  private boolean columnsOfTable() {
    return table == null || checkColumns(ctx, parsed, table);
  }

  /**
   * Rule: a SELECT on a mapped table restricts it the way Cassandra serves it, checked by the same
   * {@link RestrictionChecker} as derived finders; filtering must be written out as {@code ALLOW
   * FILTERING}. Token and multi-column relations are left to the server.
   */
  private boolean keyRules() {
    if (table == null || parsed.kind() != Kind.SELECT || parsed.where() == null) {
      return true;
    }
    List<RestrictionChecker.Restriction> restrictions = new ArrayList<>();
    for (ClauseParser.Relation relation : parsed.where()) {
      table
          .byCqlName(relation.column().text())
          .ifPresent(
              c -> restrictions.add(new RestrictionChecker.Restriction(c, relation.operator())));
    }
    List<RestrictionChecker.Finding> findings =
        RestrictionChecker.check(ctx.name(), table, restrictions, parsed.allowFiltering());
    return Findings.report(
        findings, (message, args) -> ctx.errorOnAttribute(Query.class, "value", message, args));
  }

  /**
   * Rule: a SELECT's {@code ORDER BY} on a mapped table names clustering columns in key order, all
   * in the declared clustering order or all reversed, with every partition key column restricted by
   * = or IN: the derived finders' ordering check. Orderings that are not plain columns ({@code ANN
   * OF}) and WHERE clauses that are not simple relations are left to the server.
   */
  private boolean orderRules() {
    if (table == null
        || parsed.kind() != Kind.SELECT
        || parsed.orderBy() == null
        || parsed.orderBy().isEmpty()
        || parsed.where() == null) {
      return true;
    }
    List<String> columns = new ArrayList<>();
    List<Boolean> descending = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (CqlStatementParser.Ordering ordering : parsed.orderBy()) {
      columns.add(ordering.column().text());
      descending.add(ordering.descending());
      parts.add(ordering.column().text() + (ordering.descending() ? " DESC" : " ASC"));
    }
    boolean partitionFixed =
        table.partitionKey().stream()
            .allMatch(
                key ->
                    parsed.where().stream()
                        .anyMatch(
                            r ->
                                table.byCqlName(r.column().text()).orElse(null) == key
                                    && (r.operator() == Operator.EQ
                                        || r.operator() == Operator.IN)));
    String problem = RestrictionChecker.checkOrdering(table, columns, descending, partitionFixed);
    if (problem != null) {
      ctx.errorOnAttribute(
          Query.class, "value", Message.QUERY_ORDER_BY_INVALID, String.join(", ", parts), problem);
      return false;
    }
    return true;
  }

  /** Rule: what the method returns fits the statement's kind. */
  private boolean returnShape() {
    shape = shape(ctx, parsed, returned);
    return shape != null;
  }

  /** Rule: every marker is fed by a parameter of a fitting type, and every parameter is used. */
  private boolean markersBound() {
    bindings = bindings(ctx, parsed, table);
    return bindings != null;
  }

  private RepositoryMethod method() {
    return MethodPlan.of(ctx, template(ctx, cql, parsed, table), bindings, shape)
        .idempotent(idempotent(parsed, table))
        .method(RepositoryMethod.Kind.QUERY);
  }

  private static Optional<TableModel> knownTable(
      MethodContext ctx, CqlStatementParser.Parsed parsed, TableModel returned) {
    List<TableModel> candidates = new ArrayList<>();
    if (returned != null) {
      candidates.add(returned);
    }
    if (ctx.repository.defaultEntity() != null) {
      ctx.processor.catalog().table(ctx.repository.defaultEntity()).ifPresent(candidates::add);
    }
    candidates.addAll(ctx.processor.catalog().knownTables());
    String keyspace = parsed.keyspace() == null ? null : parsed.keyspace().text();
    for (TableModel candidate : candidates) {
      boolean sameName =
          io.sibyl.mapper.processor.model.CqlNames.sameColumn(
              candidate.name(), parsed.table().text());
      boolean sameKeyspace =
          keyspace == null
              || (!candidate.keyspace().isEmpty()
                  && candidate.keyspace().equalsIgnoreCase(keyspace));
      if (sameName && sameKeyspace) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static List<String> knownNames(MethodContext ctx) {
    Set<String> names = new LinkedHashSet<>();
    ctx.processor.catalog().knownTables().forEach(t -> names.add(t.cql()));
    return new ArrayList<>(names);
  }

  private static boolean checkColumns(
      MethodContext ctx, CqlStatementParser.Parsed parsed, TableModel table) {
    for (CqlLexer.Token column : parsed.columns()) {
      if (table.byCqlName(column.text()).isEmpty() && !isDiscriminator(table, column.text())) {
        ctx.errorOnAttribute(
            Query.class,
            "value",
            Message.QUERY_UNKNOWN_COLUMN,
            column.text(),
            table.cql(),
            ClauseRewriter.columnNames(table));
        return false;
      }
    }
    return true;
  }

  /**
   * The discriminator column of a polymorphic table is no property's, but a column all the same.
   */
  private static boolean isDiscriminator(TableModel table, String cqlName) {
    return table.isPolymorphic() && CqlNames.sameColumn(table.discriminator().name(), cqlName);
  }

  private static ReturnShape shape(
      MethodContext ctx, CqlStatementParser.Parsed parsed, TableModel returned) {
    boolean select = parsed.kind() == Kind.SELECT;
    Set<Raw> allowed = EnumSet.of(Raw.VOID, Raw.BOOLEAN, Raw.RESULT_SET, Raw.BOUND_STATEMENT);
    if (select) {
      allowed.addAll(ReturnShapes.reads());
      allowed.add(Raw.LONG);
    }
    if (parsed.conditional()) {
      allowed.add(Raw.LWT);
    }
    ReturnShape.Kind booleanKind =
        parsed.conditional() ? ReturnShape.Kind.APPLIED : ReturnShape.Kind.EXISTS;
    String why =
        select
            ? null
            : "only a SELECT returns rows (and only a conditional statement an"
                + " LwtResult); return void, boolean, ResultSet or BoundStatement";
    ReturnShape shape = ReturnShapes.resolve(ctx, "@Query", allowed, booleanKind, returned, why);
    return shape == null ? null : shape.readingByName();
  }

  private static List<Binding> bindings(
      MethodContext ctx, CqlStatementParser.Parsed parsed, TableModel table) {
    List<CqlStatementParser.MarkerUse> markers = parsed.markers();
    boolean named = markers.stream().anyMatch(m -> m.marker().type() == CqlLexer.Type.NAMED_MARKER);
    boolean positional =
        markers.stream().anyMatch(m -> m.marker().type() == CqlLexer.Type.POSITIONAL_MARKER);
    List<ParameterParser.Param> values = ctx.params.values();
    if (named && positional) {
      ctx.errorOnAttribute(Query.class, "value", Message.QUERY_MIXED_MARKERS);
      return null;
    }
    if (!named && markers.size() != values.size()) {
      ctx.errorOnAttribute(
          Query.class,
          "value",
          Message.QUERY_MARKER_COUNT,
          markers.size(),
          ctx.name(),
          values.size());
      return null;
    }
    List<Binding> bindings = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    boolean ok = true;
    for (int i = 0; i < markers.size(); i++) {
      CqlStatementParser.MarkerUse use = markers.get(i);
      ParameterParser.Param param;
      if (named) {
        String name = use.marker().text();
        param =
            ctx.params.value(name.startsWith("\"") ? name.substring(1, name.length() - 1) : name);
        if (param == null) {
          ctx.errorOnAttribute(
              Query.class, "value", Message.QUERY_PARAMETER_UNBOUND, name, ctx.name());
          ok = false;
          continue;
        }
      } else {
        param = values.get(i);
      }
      used.add(param.name());
      Binding binding = binding(ctx, table, use, param, i);
      ok &= binding != null;
      if (binding != null) {
        bindings.add(binding);
      }
    }
    for (ParameterParser.Param param : values) {
      if (named && !used.contains(param.name())) {
        ctx.errorOn(
            param.element(),
            Message.QUERY_PARAMETER_UNUSED,
            param.name(),
            ctx.name(),
            param.name());
        ok = false;
      }
    }
    return ok ? bindings : null;
  }

  private static Binding binding(
      MethodContext ctx,
      TableModel table,
      CqlStatementParser.MarkerUse use,
      ParameterParser.Param param,
      int index) {
    ColumnModel column =
        table == null || use.column() == null
            ? null
            : table.byCqlName(use.column().text()).orElse(null);
    Operator operator = use.operator();
    if (column != null
        && operator != null
        && operator != Operator.IN
        && operator != Operator.CONTAINS
        && operator != Operator.CONTAINS_KEY
        && TypeName.get(param.type()).box().equals(column.value().javaType().box())) {
      return new Binding.Column(
          index, param.name(), MethodContext.tableClass(table), column, false);
    }
    return Bindings.value(ctx, param, index);
  }

  private static CqlTemplate template(
      MethodContext ctx, String cql, CqlStatementParser.Parsed parsed, TableModel table) {
    if (table == null || parsed.keyspace() != null) {
      return CqlTemplate.literal(cql);
    }
    CqlLexer.Token token = parsed.table();
    return new CqlTemplate(
        cql.substring(0, token.start()),
        token.text(),
        ctx.keyspace(table),
        cql.substring(token.end()));
  }

  private static boolean idempotent(CqlStatementParser.Parsed parsed, TableModel table) {
    if (parsed.kind() == Kind.SELECT) {
      return true;
    }
    if (parsed.kind() == Kind.OTHER || parsed.conditional() || parsed.nonDeterministic()) {
      return false;
    }
    for (CqlLexer.Token column : parsed.selfAssigned()) {
      ColumnModel model = table == null ? null : table.byCqlName(column.text()).orElse(null);
      if (model == null
          || model.isCounter()
          || (model.cqlType() != null && model.cqlType().name().equals("list"))) {
        return false;
      }
    }
    return true;
  }
}
