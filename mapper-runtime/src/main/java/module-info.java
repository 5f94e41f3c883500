/**
 * Sibyl's mapper runtime: {@link io.sibyl.mapper.Mapper} for applications, and the support package
 * {@code io.sibyl.mapper.generated} that the code written by the annotation processor calls.
 */
module io.sibyl.mapper {
  requires transitive io.sibyl.driver;
  requires transitive io.sibyl.mapper.annotations;
  requires org.slf4j;

  exports io.sibyl.mapper;
  exports io.sibyl.mapper.bulk;
  exports io.sibyl.mapper.generated;
  exports io.sibyl.mapper.metamodel;
  exports io.sibyl.mapper.observe;
  exports io.sibyl.mapper.query;
  exports io.sibyl.mapper.schema;

  uses io.sibyl.mapper.metamodel.MetamodelProvider;
  uses io.sibyl.mapper.generated.RepositoryFactory;
  uses io.sibyl.mapper.schema.SchemaContributor;
}
