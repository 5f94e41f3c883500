package io.sibyl.mapper.processor.generate;

import com.palantir.javapoet.ClassName;

/**
 * The one place that names generated types: in the package of their source type, nested names
 * flattened with underscores ({@code Outer_InnerTable}).
 */
public final class GeneratedNames {

  /** The value of every generated type's {@code @Generated}. */
  public static final String GENERATOR = "io.sibyl.mapper.processor.SibylProcessor";

  /** The service file that lists the repository factories. */
  public static final String FACTORY_SERVICE =
      "META-INF/services/io.sibyl.mapper.generated.RepositoryFactory";

  /** The service file that lists the schema contributors. */
  public static final String SCHEMA_SERVICE =
      "META-INF/services/io.sibyl.mapper.schema.SchemaContributor";

  /** The service file that lists the metamodel providers. */
  public static final String METAMODEL_SERVICE =
      "META-INF/services/io.sibyl.mapper.metamodel.MetamodelProvider";

  private GeneratedNames() {}

  /** {@code UserTable__Schema} for {@code User}, or {@code AddressUdt__Schema} for a UDT. */
  public static ClassName schemaContributor(ClassName generated) {
    return sibling(generated, "__Schema");
  }

  /** {@code UserTable__Metamodel} for {@code UserTable}: internal, registered as a service. */
  public static ClassName metamodelProvider(ClassName table) {
    return sibling(table, "__Metamodel");
  }

  /** {@code UserTable} for {@code User}. */
  public static ClassName table(ClassName entity) {
    return sibling(entity, "Table");
  }

  /** {@code AddressUdt} for {@code Address}. */
  public static ClassName udt(ClassName type) {
    return sibling(type, "Udt");
  }

  /** {@code UserRepositoryImpl} for {@code UserRepository}. */
  public static ClassName repositoryImpl(ClassName repository) {
    return sibling(repository, "Impl");
  }

  /** {@code UserRepositoryImpl__Factory}: internal, registered as a service. */
  public static ClassName repositoryFactory(ClassName repository) {
    return sibling(repository, "Impl__Factory");
  }

  private static ClassName sibling(ClassName source, String suffix) {
    return ClassName.get(source.packageName(), String.join("_", source.simpleNames()) + suffix);
  }
}
