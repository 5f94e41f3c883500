package io.sibyl.mapper.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor reports. The constant's name is the stable id that starts the
 * message ({@code [TABLE_MISSING_PARTITION_KEY] ...}); ids are never renamed once released, and
 * each is documented in {@code docs/mapper/errors.md}. Templates use {@link String#format}.
 */
public enum Message {
  // ---- entities (@Table, @Udt) ----
  TABLE_MISSING_PARTITION_KEY(
      "@Table types must declare at least one @PartitionKey column: add @PartitionKey to the"
          + " property that identifies the partition"),
  KEY_ORDER_DUPLICATE(
      "@%s positions must be unique, but %s and %s both use %d: number them 0, 1, 2, ..."),
  KEY_ORDER_GAP(
      "@%s positions must run from 0 without gaps, but position %d is missing (found %s):"
          + " renumber them"),
  KEY_CONFLICTING_ANNOTATIONS(
      "Property '%s' cannot be both %s: keep the one that describes its role"),
  ENTITY_NOT_A_CLASS("@%s applies to classes and records, not to %s: annotate a class or a record"),
  ENTITY_GENERIC(
      "@%s types cannot have type parameters: map a concrete type (a subclass that fixes them)"),
  ENTITY_NOT_ACCESSIBLE(
      "@%s types must be accessible from generated code in their package: make %s non-private%s"),
  ENTITY_ABSTRACT("@%s classes must be concrete: remove 'abstract' or map a concrete subclass"),
  ENTITY_NOT_CONSTRUCTIBLE(
      "%s cannot be created from a row: add a constructor that takes every mapped property in"
          + " declaration order (%s), or a no-argument constructor with setters"),
  ENTITY_NO_PROPERTIES("%s has no mapped property: add fields or record components"),
  PROPERTY_NOT_READABLE(
      "Property '%s' cannot be read by generated code: add a non-private getter %s() or make the"
          + " field non-private"),
  PROPERTY_NOT_WRITABLE(
      "Property '%s' cannot be set by generated code: add a non-private setter %s(%s), a"
          + " constructor taking every property, or mark it @Transient"),
  RECORD_COMPONENT_TRANSIENT(
      "Record components cannot be @Transient, because the canonical constructor needs them:"
          + " remove the component or the annotation"),
  COLUMN_UNSUPPORTED_TYPE(
      "Property '%s' has type %s, which Sibyl cannot map to CQL: use a supported type, annotate"
          + " the type with @Udt, or give a codec with @Column(codec = ...)"),
  COLUMN_TYPE_REQUIRED(
      "Property '%s' of type %s needs its CQL type spelled out: add @Column(type = \"%s\")"),
  COLUMN_TYPE_INVALID(
      "@Column(type = \"%s\") is not a CQL type Sibyl understands: write a type such as text,"
          + " timeuuid, list<int>, frozen<address> or vector<float, 3>"),
  COLUMN_TYPE_MISMATCH(
      "@Column(type = \"%s\") does not fit property '%s' of type %s: use %s, or give a codec"),
  COLUMN_NAME_INVALID(
      "\"%s\" is not a valid CQL name: use letters, digits and underscores starting with a"
          + " letter, or quote it (\"\\\"%s\\\"\")"),
  COLUMN_NAME_DUPLICATE(
      "Properties '%s' and '%s' both map to column %s: give one of them another @Column(name)"),
  CODEC_INVALID(
      "@Column(codec = %s) must name a public, non-abstract class implementing"
          + " io.sibyl.driver.type.codec.TypeCodec with a public no-argument constructor"),
  COUNTER_TABLE_NON_COUNTER_COLUMN(
      "Column '%s' is not a counter, but %s has counter columns, and Cassandra allows only"
          + " counters beside the primary key of a counter table: make it a counter or move it to"
          + " another table"),
  COUNTER_COLUMN_TYPE(
      "Counter column '%s' must be a long or Long, not %s: change the property's type"),
  COUNTER_KEY_COLUMN("Key column '%s' cannot be a counter: counters can only be regular columns"),
  STATIC_KEY_COLUMN(
      "Key column '%s' cannot be @StaticColumn: static columns are regular columns shared by a"
          + " partition"),
  STATIC_WITHOUT_CLUSTERING(
      "@StaticColumn '%s' needs clustering columns in its table: add a @ClusteringColumn or"
          + " remove @StaticColumn"),
  TABLE_OPTION_INVALID("@Table option %s is invalid: %s"),
  INDEX_ON_PARTITION_KEY(
      "@Index on '%s' is useless: it is the whole partition key, which Cassandra looks up"
          + " directly. Remove the @Index"),
  INDEX_ON_COUNTER("@Index cannot be put on counter column '%s': remove it"),
  INDEX_OPTIONS_INVALID(
      "@Index options of '%s' must be a CQL map such as {'case_sensitive': 'false'}, not %s:"
          + " write it between braces"),
  INDEX_MODE_IN_OPTIONS(
      "@Index options of '%s' set 'mode', which is given by the index type: remove it, and use"
          + " IndexType.SASI_PREFIX, SASI_CONTAINS or SASI_SPARSE for a SASI index"),
  INDEX_SASI_ON_PARTITION_KEY(
      "@Index(type = IndexType.%s) cannot be put on partition key column '%s': SASI does not"
          + " index partition key columns. Use IndexType.STORAGE_ATTACHED, or remove the @Index"),
  INDEX_SASI_ON_COLLECTION(
      "@Index(type = IndexType.%s) cannot be put on '%s' of type %s: SASI indexes single values,"
          + " not collections or UDTs. Use IndexType.STORAGE_ATTACHED or SECONDARY"),
  INDEX_SASI_CONTAINS_NOT_TEXT(
      "@Index(type = IndexType.SASI_CONTAINS) cannot be put on '%s' of type %s: CONTAINS mode"
          + " matches text only. Use IndexType.SASI_PREFIX, or SASI_SPARSE for values with few"
          + " rows each"),
  INDEX_SASI_SPARSE_ON_TEXT(
      "@Index(type = IndexType.SASI_SPARSE) cannot be put on text column '%s': SPARSE mode is"
          + " for numbers, dates and times. Use IndexType.SASI_PREFIX or SASI_CONTAINS"),
  UDT_KEY_ANNOTATION("@Udt fields cannot be key or static columns: remove @%s from '%s'"),
  UDT_RECURSIVE("@Udt %s contains itself through '%s', which CQL cannot store: break the cycle"),
  UNRESOLVED_TYPE(
      "The type of %s could not be resolved: check imports, or that the processor that generates"
          + " it runs in the same compilation"),

  // ---- polymorphic tables (@Discriminator, @DiscriminatorValue) ----
  POLYMORPHIC_BASE_NOT_SEALED(
      "@Discriminator types must be sealed interfaces or sealed abstract classes, so that Sibyl"
          + " knows every subtype a row can become: declare %s as 'sealed interface %s permits"
          + " ...' or 'abstract sealed class %s permits ...'"),
  DISCRIMINATOR_WITHOUT_TABLE(
      "@Discriminator goes with @Table on the base type of a polymorphic table: add @Table to %s,"
          + " or remove @Discriminator"),
  DISCRIMINATOR_VALUE_MISSING(
      "%s is a permitted subtype of polymorphic table %s, so it must be annotated"
          + " @DiscriminatorValue: add @DiscriminatorValue (its value defaults to \"%s\")"),
  DISCRIMINATOR_VALUE_DUPLICATE(
      "%s and %s both use discriminator value \"%s\" in table %s, so their rows could not be"
          + " told apart: give one of them another @DiscriminatorValue"),
  DISCRIMINATOR_VALUE_ORPHAN(
      "@DiscriminatorValue types must be permitted subtypes of a sealed @Table @Discriminator"
          + " type, but %s extends or implements none, directly or through sealed intermediate"
          + " types: add it to the permits clause of the polymorphic base, or remove"
          + " @DiscriminatorValue"),
  DISCRIMINATOR_COLUMN_CLASH(
      "Property '%s' maps to column %s, which is the discriminator column of %s: give the"
          + " property another @Column(name), or choose another @Discriminator(column)"),
  DISCRIMINATOR_VALUE_INVALID(
      "@DiscriminatorValue(\"%s\") on %s is not %s: write one in @DiscriminatorValue(\"...\")"),
  DISCRIMINATOR_ENUM_TYPE_INVALID(
      "@Discriminator(enumType = %s.class) %s: name an enum whose constants are the"
          + " discriminator values, with the default type TEXT"),
  POLYMORPHIC_SUBTYPE_TABLE(
      "%s is a subtype of polymorphic table %s, whose @Table describes the shared table: remove"
          + " @Table from %s"),
  POLYMORPHIC_KEY_MISMATCH(
      "Subtypes of polymorphic table %s must declare the same primary key, but %s declares %s"
          + " and %s declares %s: declare the same key columns (names, CQL types, roles, order)"
          + " in every subtype"),
  POLYMORPHIC_COLUMN_CONFLICT(
      "Column %s of polymorphic table %s is %s in %s but %s in %s: subtypes that share a column"
          + " must agree on its CQL type, role and index. Align them, or give one property"
          + " another @Column(name)"),
  POLYMORPHIC_PROPERTY_CONFLICT(
      "Property '%s' maps to column %s in %s but to column %s in %s: the metamodel of polymorphic"
          + " table %s names its columns after their properties. Map both to the same column, or"
          + " rename one property"),
  POLYMORPHIC_SUBTYPE_READ(
      "%s is a subtype of polymorphic table %s, and repository methods read its rows through the"
          + " base: return %s (each row becomes its own subtype), or read only %s rows with the"
          + " DSL, %s_.table(mapper)"),
  POLYMORPHIC_CHANGED_COLUMNS(
      "Changed-column updates are not supported on polymorphic table %s: write the whole entity"
          + " with @Update void %s(%s entity), or use the DSL's update().set(...)"),

  // ---- repositories ----
  REPOSITORY_NOT_INTERFACE(
      "@Repository applies to interfaces: make %s an interface whose abstract methods Sibyl"
          + " implements"),
  REPOSITORY_GENERIC(
      "@Repository interfaces cannot have type parameters: declare one interface per entity"),
  REPOSITORY_ENTITY_UNKNOWN(
      "Method %s() names no entity in its signature, and the repository's entity is unknown: set"
          + " @Repository(entity = ...)"),
  ENTITY_NOT_TABLE("%s is not annotated with @Table: annotate it, or use a @Table entity here"),
  METHOD_KIND_CONFLICT(
      "A repository method can have only one of @Insert, @Select, @Update, @Delete, @Increment"
          + " and @Query, but %s() has %s: keep one"),
  METHOD_NOT_DERIVABLE(
      "Sibyl cannot implement %s(): annotate it with @Insert, @Select, @Update, @Delete,"
          + " @Increment or @Query, name it findBy..., countBy..., existsBy... or deleteBy..., or"
          + " make it a default method"),
  METHOD_GENERIC("Repository methods cannot have type parameters: make %s() use concrete types"),
  METHOD_OVERLOAD_AMBIGUOUS(
      "%s(%s) is inherited from both %s and %s, and the generated class can implement only one:"
          + " declare the method once in %s, with the annotation it should use, or rename one"),
  RETURN_TYPE_UNSUPPORTED("%s methods cannot return %s: %s"),
  PARAMETER_UNMATCHED(
      "Parameter '%s' matches no column of %s (columns: %s): rename it after a property, or use"
          + " it in the CQL"),
  PARAMETER_TYPE_MISMATCH(
      "Parameter '%s' has type %s, but column %s holds %s: change the parameter's type"),
  PARAMETER_TYPE_UNSUPPORTED(
      "Parameter '%s' has type %s, which Sibyl cannot bind: use a type that maps to CQL"),
  INSERT_ENTITY_PARAMETER(
      "@Insert methods take the entity to insert as their first parameter: add a %s parameter"),
  INSERT_INTO_COUNTER_TABLE(
      "Rows of counter table %s cannot be inserted: Cassandra only updates counters. Use an"
          + " @Increment method"),
  KEY_PARAMETERS_INCOMPLETE(
      "%s() must restrict %s, but it has no parameter for %s: add one, named after the property"),
  KEY_PARAMETERS_NOT_PREFIX(
      "%s() restricts clustering column '%s' without '%s' before it: restrict the clustering"
          + " columns in key order"),
  UPDATE_NOTHING_TO_SET(
      "@Update method %s() sets no column: add parameters named after non-key properties, or pass"
          + " the entity"),
  UPDATE_UNKNOWN_COLUMN(
      "@Update(columns) names '%s', which is no non-key column of %s: use one of %s"),
  RESULT_EXCEPTION_UNSUPPORTED(
      "%s() declares throws %s, which only methods returning one entity (E, or E in a"
          + " CompletionStage) can throw, not %s: return the entity, or remove the throws clause"),
  UPDATE_CHANGES_SHAPE(
      "@Update methods that take two entities write the columns that differ between them and take"
          + " exactly (E before, E after) of one entity type, but %s() takes %s: declare"
          + " update(E before, E after)"),
  UPDATE_CHANGES_OPTIONS(
      "@Update methods taking (before, after) write only the changed columns and cannot use"
          + " @Update(%s): remove it, or use the DSL's table.updateOf(before, after) to add"
          + " options"),
  UPDATE_CHANGES_RETURN(
      "@Update methods taking (before, after) return void, boolean (whether anything was sent),"
          + " or either in a CompletionStage, not %s: change the return type"),
  BULK_SAVE_PARAMETERS(
      "Bulk save methods take the entities as one Iterable, Collection, List, Set or Stream of a"
          + " @Table entity, optionally followed by a BulkOptions, but %s() takes %s: declare"
          + " %s(Iterable<E> entities) or add a BulkOptions as the second parameter"),
  BULK_SAVE_RETURN(
      "Bulk save methods return BulkResult<%s>, the same in a CompletionStage, or void (throwing"
          + " BulkWriteException when an entity is not written), not %s: change the return type"),
  BULK_SAVE_INSERT_OPTIONS(
      "Bulk save methods write plain inserts and cannot use @Insert(%s): remove it, or save such"
          + " entities one by one with an @Insert method"),
  TABLE_CONNECTION_INVALID(
      "@Table(connection) must be a connection name without surrounding or only white space, not"
          + " '%s': use the name given to Connections.register, or leave it empty for the"
          + " mapper's session"),
  REPOSITORY_CONNECTION_CONFLICT(
      "@Repository %s uses entities of different connections (%s): a repository runs on one"
          + " session; split it into one repository per connection"),
  UPDATE_COUNTER_TABLE(
      "Counter table %s is changed with @Increment, not @Update: use an @Increment method"),
  INCREMENT_NOT_COUNTER(
      "@Increment parameter '%s' must name a counter column of %s, but %s: add a parameter named"
          + " after a counter property"),
  INCREMENT_DELTA_TYPE(
      "@Increment delta '%s' must be a long or Long, not %s: change the parameter's type"),
  INCREMENT_NOTHING(
      "@Increment method %s() changes no counter: add a long parameter named after a counter"
          + " property"),
  EXPRESSION_INVALID("%s = \"%s\" must be a whole number or a parameter reference such as \":%s\""),
  EXPRESSION_PARAMETER_UNKNOWN(
      "%s = \"%s\" names no parameter of %s(): add a parameter '%s' or fix the name"),
  SELECT_NEEDS_ALLOW_FILTERING("%s() would need ALLOW FILTERING, because %s: %s"),
  SELECT_RANGE_BEFORE_EQUALITY(
      "%s() restricts clustering column '%s' with a range before '%s' with an equality, which"
          + " Cassandra cannot serve: make the earlier columns equalities and put the range last"),
  SELECT_ORDER_BY_INVALID("@Select(orderBy) \"%s\" is invalid: %s"),
  FINDER_UNKNOWN_PROPERTY(
      "%s(): '%s' in the method name is no property of %s (properties: %s): fix the name"),
  FINDER_PARAMETER_COUNT(
      "%s() needs %d parameter(s) for the restrictions in its name (%s), but has %d: add or"
          + " remove parameters"),
  FINDER_OPERATOR_UNSUPPORTED("%s(): %s cannot be applied to '%s' (%s): %s"),
  WHERE_INVALID("%s \"%s\" cannot be parsed: %s"),
  WHERE_UNKNOWN_COLUMN("%s names column '%s', which %s does not have (columns: %s): fix the name"),
  WHERE_POSITIONAL_MARKER(
      "%s must use named bind markers (:name) matching parameters, not '?': write ':%s'"),
  QUERY_INVALID("@Query \"%s\" cannot be parsed: %s"),
  QUERY_UNKNOWN_TABLE(
      "@Query names table '%s', which no @Table entity maps (known: %s): fix the name, or"
          + " qualify it with its keyspace to skip the check"),
  QUERY_UNKNOWN_COLUMN(
      "@Query names column '%s', which table %s does not have (columns: %s): fix the name"),
  QUERY_PARAMETER_UNBOUND(
      "@Query uses marker :%s, but %s() has no parameter with that name: add it or rename"),
  QUERY_PARAMETER_UNUSED(
      "Parameter '%s' of %s() is not used by any marker of the @Query: use :%s in the CQL or"
          + " remove it"),
  QUERY_MARKER_COUNT(
      "@Query has %d positional marker(s), but %s() has %d value parameter(s): make them match"),
  TUPLE_TYPE_ARGUMENTS(
      "Property '%s' of type %s needs %d concrete type arguments (no wildcards or type"
          + " variables), such as Tuple2<Integer, String>: give the component types"),
  TUPLE_COMPONENT_UNSUPPORTED(
      "Property '%s': tuple component %d of type %s in %s has no CQL mapping: use a type the"
          + " mapper maps (see docs/mapper/tables.md, Types), a @Udt type, or a nested Tuple2/Tuple3"),
  QUERY_ORDER_BY_INVALID("@Query ORDER BY \"%s\" is invalid: %s"),
  QUERY_MIXED_MARKERS("@Query mixes named (:name) and positional (?) markers: use one style"),
  OPTION_PARAMETER_TYPE("@CallOption(%s) parameter '%s' must be of type %s, not %s"),
  OPTION_PARAMETER_NOT_LAST(
      "A QueryOptions parameter must come last in %s(): move '%s' to the end"),
  OPTION_PARAMETER_DUPLICATE("%s() has two @CallOption(%s) parameters, '%s' and '%s': keep one"),
  OPTION_NOT_APPLICABLE("@CallOption(%s) does not apply to %s methods: %s"),
  LWT_ON_COUNTER_TABLE("Counter tables do not support conditions (IF ...): remove %s"),

  // ---- validation constraints and @Default on entity properties ----
  VALIDATION_WRONG_TYPE(
      "@%s does not apply to property '%s' of type %s: it applies to %s. Remove it, or change the"
          + " property's type"),
  VALIDATION_INVALID_PATTERN(
      "@%s(regexp = \"%s\") on property '%s' is not a valid regular expression (%s): fix it"),
  VALIDATION_INVALID_SIZE(
      "@Size(min = %d, max = %d) on property '%s' can never hold: make 0 <= min <= max"),
  WRITE_RULES_POLYMORPHIC(
      "%s is not supported on polymorphic tables yet (%s): check the entity before writing it"),
  DEFAULT_MISSING(
      "@Default on property '%s' gives neither a constant nor a generator: write"
          + " @Default(\"value\") or @Default(generator = DefaultGenerator.RANDOM_UUID)"),
  DEFAULT_AMBIGUOUS(
      "@Default on property '%s' gives both a constant and a generator: keep one of them"),
  DEFAULT_ON_PRIMITIVE(
      "@Default cannot apply to property '%s' of primitive type %s, which is never null: use %s"),
  DEFAULT_GENERATOR_TYPE(
      "DefaultGenerator.%s does not fit property '%s' of type %s (CQL %s): it generates %s"),
  DEFAULT_CONSTANT_TYPE(
      "@Default(\"%s\") cannot be given for property '%s' of type %s: constants apply to text,"
          + " numbers, booleans, enums, UUIDs, instants, dates and times; set other values in"
          + " code"),
  DEFAULT_CONSTANT_UNPARSABLE("@Default(\"%s\") is not a valid %s for property '%s': write %s"),

  // ---- warnings: work, but slow or surprising ----
  ALLOW_FILTERING_SCAN(
      Diagnostic.Kind.WARNING,
      "filtering",
      "%s() uses ALLOW FILTERING: it reads and discards data on every node it scans. Prefer an"
          + " @Index or a table keyed for this query; suppress with"
          + " @SuppressWarnings(\"sibyl:filtering\")"),
  FULL_TABLE_SCAN(
      Diagnostic.Kind.WARNING,
      "scan",
      "%s() reads the whole table: it contacts every node and pages through all partitions."
          + " Suppress with @SuppressWarnings(\"sibyl:scan\") if intended"),
  MULTI_PARTITION_IN(
      Diagnostic.Kind.WARNING,
      "performance",
      "%s() uses IN on the partition key: one coordinator queries several partitions and waits"
          + " for all. Prefer one query per partition run concurrently; suppress with"
          + " @SuppressWarnings(\"sibyl:performance\")"),
  NULLS_WRITE_TOMBSTONES(
      Diagnostic.Kind.WARNING,
      "tombstones",
      "%s writes a tombstone for every null property (NullSavingStrategy.SET_TO_NULL): reads slow"
          + " down as they pile up. Suppress with @SuppressWarnings(\"sibyl:tombstones\") if"
          + " intended"),

  VALIDATION_UNSUPPORTED_CONSTRAINT(
      Diagnostic.Kind.WARNING,
      "validation",
      "@%s on property '%s' is not checked by Sibyl's generated validation, which checks @NotNull,"
          + " @NotBlank, @NotEmpty, @Size, @Min, @Max, @Positive, @PositiveOrZero, @Negative,"
          + " @NegativeOrZero, @Pattern, @Email, @AssertTrue and @AssertFalse. Check it in a"
          + " Validatable hook, or suppress with @SuppressWarnings(\"sibyl:validation\")"),

  // ---- the processor itself ----
  INTERNAL_ERROR(
      "Sibyl's processor failed on this element (%s). This is a bug: please report it with the"
          + " element's source. Details: %s");

  private final Diagnostic.Kind kind;
  private final String category;
  private final String template;

  Message(String template) {
    this(Diagnostic.Kind.ERROR, null, template);
  }

  Message(Diagnostic.Kind kind, String category, String template) {
    this.kind = kind;
    this.category = category;
    this.template = template;
  }

  /** Error or warning. */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** For warnings, the category that {@code @SuppressWarnings("sibyl:<category>")} silences. */
  public String category() {
    return category;
  }

  /** The full message text: {@code [ID] } followed by the filled template. */
  public String format(Object... args) {
    return "[" + name() + "] " + String.format(template, args);
  }
}
