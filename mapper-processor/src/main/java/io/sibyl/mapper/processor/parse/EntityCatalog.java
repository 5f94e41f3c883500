package io.sibyl.mapper.processor.parse;

import com.palantir.javapoet.ClassName;
import io.sibyl.mapper.processor.diag.Diagnostics;
import io.sibyl.mapper.processor.model.TableModel;
import io.sibyl.mapper.processor.model.WriteRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @Table} entities parsed in this compilation, by qualified name, so that repositories
 * and {@code @Query} checks can use them without parsing twice. Entities with errors are remembered
 * as such: their errors are reported once, by the table step.
 */
public final class EntityCatalog {

  private final ProcessorContext context;
  private final Map<String, Optional<TableModel>> tables = new LinkedHashMap<>();
  private final Map<ClassName, WriteRules> writeRules = new LinkedHashMap<>();

  EntityCatalog(ProcessorContext context) {
    this.context = context;
  }

  /**
   * The model of an entity, parsing it with {@code diagnostics} on first request; empty when it has
   * errors.
   */
  public Optional<TableModel> table(TypeElement type, Diagnostics diagnostics) {
    String key = type.getQualifiedName().toString();
    Optional<TableModel> known = tables.get(key);
    if (known == null) {
      known = Optional.ofNullable(new TableParser(context).parse(type, diagnostics));
      if (known.isPresent()) {
        WriteRules rules = new WriteRulesParser(context).parse(type, known.get(), diagnostics);
        if (rules == null) {
          known = Optional.empty();
        } else {
          writeRules.put(rules.entity(), rules);
        }
      }
      tables.put(key, known);
    }
    return known;
  }

  /** The model of an entity, parsing it silently if needed (its own step reports its errors). */
  public Optional<TableModel> table(TypeElement type) {
    return table(type, new Diagnostics());
  }

  /**
   * What the writes of a valid entity parsed so far must do first (defaults, checks); none for an
   * entity that declares nothing, or that is not known.
   */
  public WriteRules writeRules(ClassName entity) {
    return writeRules.getOrDefault(entity, WriteRules.none(entity));
  }

  /** Every valid table parsed so far. */
  public List<TableModel> knownTables() {
    List<TableModel> known = new ArrayList<>();
    tables.values().forEach(t -> t.ifPresent(known::add));
    return known;
  }
}
