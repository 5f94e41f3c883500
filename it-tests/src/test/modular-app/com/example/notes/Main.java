package com.example.notes;

import io.sibyl.driver.Session;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.schema.SchemaMode;
import java.util.Set;
import java.util.UUID;

/** Saves and reads a note; arguments: contact point, data center, user, password, keyspace. */
public final class Main {
  private Main() {}

  /** Runs the application. */
  public static void main(String[] args) {
    try (Session session =
            Session.builder()
                .contactPoints(args[0])
                .localDatacenter(args[1])
                .credentials(args[2], args[3])
                .keyspace(args[4])
                .build();
        Mapper mapper =
            Mapper.builder(session)
                .schemaEntities(Note.class)
                .schemaMode(SchemaMode.APPLY_SAFE)
                .build()) {
      NoteRepository notes = mapper.repository(NoteRepository.class);
      Note note = new Note(UUID.randomUUID(), "modular", Set.of("jpms"));
      notes.save(note);
      System.out.println("repository: " + notes.findById(note.id()).orElseThrow().text());
      Note viaDsl = Note_.table(mapper).select().where(Note_.ID.eq(note.id())).one();
      System.out.println("dsl: " + viaDsl.text());
      System.out.println(
          "modules: "
              + Main.class.getModule().getName()
              + ", "
              + Session.class.getModule().getName()
              + ", "
              + Mapper.class.getModule().getName());
    }
  }
}
