package io.sibyl.mapper.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.MapperException;
import io.sibyl.mapper.internal.MetamodelRegistry;
import io.sibyl.mapper.metamodel.MetamodelProvider;
import io.sibyl.mapper.metamodel.TableMetamodel;
import io.sibyl.mapper.query.Events.Event;
import org.junit.jupiter.api.Test;

/** {@code mapper.table(Event.class)}'s lookup of generated metamodels by entity class. */
class MetamodelLookupTest {

  /** Registered in src/test/resources/META-INF/services, as the processor registers them. */
  public static final class EventsProvider implements MetamodelProvider<Event> {
    @Override
    public Class<Event> entityType() {
      return Event.class;
    }

    @Override
    public TableMetamodel<Event> metamodel() {
      return Events.MODEL;
    }
  }

  /** No metamodel is registered for it. */
  record Unmapped() {}

  @Test
  void should_find_the_metamodel_registered_for_an_entity_class() {
    MetamodelRegistry registry = new MetamodelRegistry(null);

    assertThat(registry.metamodelFor(Event.class)).isSameAs(Events.MODEL);
    assertThat(registry.metamodelFor(Event.class)).isSameAs(Events.MODEL);
  }

  @Test
  void should_explain_a_class_without_metamodel() {
    MetamodelRegistry registry = new MetamodelRegistry(null);

    assertThatThrownBy(() -> registry.metamodelFor(Unmapped.class))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining(Unmapped.class.getName())
        .hasMessageContaining("@Table")
        .hasMessageContaining("META-INF/services/io.sibyl.mapper.metamodel.MetamodelProvider");
  }
}
