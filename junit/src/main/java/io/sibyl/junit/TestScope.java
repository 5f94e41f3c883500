package io.sibyl.junit;

import io.sibyl.driver.Session;

/**
 * One fresh keyspace with its session, and the mapper over it once asked for; closing drops the
 * keyspace and closes both.
 */
final class TestScope {
  private final String keyspace;
  private final Session session;
  private AutoCloseable mapper;

  TestScope(String keyspace, Session session) {
    this.keyspace = keyspace;
    this.session = session;
  }

  String keyspace() {
    return keyspace;
  }

  Session session() {
    return session;
  }

  /** The mapper over this keyspace, built (and its schema applied) on first use. */
  synchronized Object mapper(Class<?>[] entities) {
    if (mapper == null) {
      // In its own class so that tests without mapper-runtime never load the mapper's types.
      mapper = TestMappers.build(session, keyspace, entities);
    }
    return mapper;
  }

  void close() {
    try {
      if (mapper != null) {
        mapper.close();
      }
      session.execute("DROP KEYSPACE IF EXISTS " + keyspace);
    } catch (Exception e) {
      throw new IllegalStateException("Could not drop the test keyspace " + keyspace, e);
    } finally {
      session.close();
    }
  }
}
