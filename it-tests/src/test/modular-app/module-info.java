// A modular application that uses the mapper (ModularAppIT compiles it with the processor and
// runs it on the module path); docs/mapper/modules.md shows this descriptor.
// tag::module[]
module com.example.notes {
  requires io.sibyl.mapper; // and, through it, io.sibyl.driver and io.sibyl.mapper.annotations

  // What the processor generated for Note and NoteRepository: in a named module, ServiceLoader
  // finds them only through these lines (META-INF/services is ignored there).
  provides io.sibyl.mapper.generated.RepositoryFactory with
      com.example.notes.NoteRepositoryImpl__Factory;
  provides io.sibyl.mapper.metamodel.MetamodelProvider with
      com.example.notes.NoteTable__Metamodel;
  provides io.sibyl.mapper.schema.SchemaContributor with
      com.example.notes.NoteTable__Schema;
}
// end::module[]
