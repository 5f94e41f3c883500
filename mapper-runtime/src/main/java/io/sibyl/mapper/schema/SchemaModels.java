package io.sibyl.mapper.schema;

import io.sibyl.mapper.MapperException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Groups the contributed models by the keyspace they live in. */
final class SchemaModels {

  private SchemaModels() {}

  static Map<String, SchemaManager.KeyspaceModel> byKeyspace(
      String defaultKeyspace, Set<Class<?>> entities, List<SchemaContributor> contributors) {
    Map<String, TypeSchema> types = new LinkedHashMap<>();
    List<TableSchema> tables = new ArrayList<>();
    for (SchemaContributor contributor : contributors) {
      contributor.types().forEach(t -> types.putIfAbsent(t.name(), t));
      contributor.tables().stream()
          .filter(t -> entities.isEmpty() || entities.contains(t.entityType()))
          .forEach(tables::add);
    }
    Map<String, List<TableSchema>> tablesByKeyspace = new LinkedHashMap<>();
    for (TableSchema table : tables) {
      String keyspace =
          table.keyspace().isEmpty() ? defaultKeyspace : SchemaDdl.unquote(table.keyspace());
      if (keyspace == null) {
        throw new MapperException(
            "Entity "
                + table.entityType().getName()
                + " names no keyspace and the mapper has none: set @Table(keyspace) or"
                + " Mapper.builder(session).keyspace(...)");
      }
      tablesByKeyspace.computeIfAbsent(keyspace, k -> new ArrayList<>()).add(table);
    }
    Map<String, SchemaManager.KeyspaceModel> models = new LinkedHashMap<>();
    Set<String> placed = new LinkedHashSet<>();
    for (Map.Entry<String, List<TableSchema>> entry : tablesByKeyspace.entrySet()) {
      Set<String> needed = new LinkedHashSet<>();
      entry
          .getValue()
          .forEach(t -> t.typeNames().forEach(n -> addWithDependencies(n, types, needed)));
      placed.addAll(needed);
      models.put(
          entry.getKey(), new SchemaManager.KeyspaceModel(select(needed, types), entry.getValue()));
    }
    Set<String> loose = new LinkedHashSet<>();
    for (TypeSchema type : types.values()) {
      if (!placed.contains(type.name())
          && (entities.isEmpty() || entities.contains(type.javaType()))) {
        addWithDependencies(type.name(), types, loose);
      }
    }
    if (!loose.isEmpty() && defaultKeyspace != null) {
      SchemaManager.KeyspaceModel model =
          models.getOrDefault(
              defaultKeyspace, new SchemaManager.KeyspaceModel(List.of(), List.of()));
      List<TypeSchema> all = new ArrayList<>(model.types());
      select(loose, types).stream().filter(t -> !all.contains(t)).forEach(all::add);
      models.put(defaultKeyspace, new SchemaManager.KeyspaceModel(all, model.tables()));
    }
    return models;
  }

  private static void addWithDependencies(
      String name, Map<String, TypeSchema> types, Set<String> into) {
    TypeSchema type = types.get(name);
    if (type == null || !into.add(name)) {
      return;
    }
    type.dependencies().forEach(d -> addWithDependencies(d, types, into));
  }

  private static List<TypeSchema> select(Set<String> names, Map<String, TypeSchema> types) {
    return names.stream().map(types::get).toList();
  }
}
