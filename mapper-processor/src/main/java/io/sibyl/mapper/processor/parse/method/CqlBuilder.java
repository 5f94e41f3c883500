package io.sibyl.mapper.processor.parse.method;

import io.sibyl.mapper.processor.model.Binding;
import io.sibyl.mapper.processor.model.CqlTemplate;
import java.util.ArrayList;
import java.util.List;

/** Builds a statement's text, numbering its markers and collecting what is bound to them. */
final class CqlBuilder {

  private final StringBuilder text = new StringBuilder();
  private final List<Binding> bindings = new ArrayList<>();
  private int markers;
  private int tableAt = -1;
  private String table;
  private String keyspace = "";

  /** Appends text. */
  CqlBuilder append(String cql) {
    text.append(cql);
    return this;
  }

  /** Appends the table, which the generated code qualifies with a keyspace. */
  CqlBuilder table(String tableCql, String compileTimeKeyspace) {
    tableAt = text.length();
    table = tableCql;
    keyspace = compileTimeKeyspace;
    return this;
  }

  /** Appends a {@code ?} marker and returns its index. */
  int marker() {
    text.append('?');
    return markers++;
  }

  /** Counts markers written by hand (in text appended as is) and returns the next index. */
  int countMarker() {
    return markers++;
  }

  /** Adds a binding. */
  CqlBuilder bind(Binding binding) {
    bindings.add(binding);
    return this;
  }

  /** The number of markers so far. */
  int markerCount() {
    return markers;
  }

  List<Binding> bindings() {
    return List.copyOf(bindings);
  }

  CqlTemplate template() {
    if (table == null) {
      return CqlTemplate.literal(text.toString());
    }
    return new CqlTemplate(text.substring(0, tableAt), table, keyspace, text.substring(tableAt));
  }
}
