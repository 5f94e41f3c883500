package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.driver.Row;
import io.sibyl.it.mapper.shapes.Circle;
import io.sibyl.it.mapper.shapes.Shape;
import io.sibyl.it.mapper.shapes.ShapeRepository;
import io.sibyl.it.mapper.shapes.ShapeTable;
import io.sibyl.it.mapper.shapes.Square;
import io.sibyl.mapper.MapperException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A repository of a polymorphic base against a real node: every read returns each row as the
 * subtype its discriminator names, every write of a subtype writes its discriminator value.
 */
class PolymorphicRepositoryIT extends MapperITBase {

  private static ShapeRepository shapes;

  @BeforeAll
  static void createSchema() {
    shapes = createSchemaAndMapper(ShapeTable.INSTANCE).repository(ShapeRepository.class);
  }

  @BeforeEach
  void fill() {
    session.execute("TRUNCATE repo_shapes");
    shapes.save(new Circle("a", 1, "red", 2.5));
    shapes.save(new Square("a", 2, "blue", 4.0));
    shapes.save(new Circle("a", 3, "green", 1.0));
    shapes.save(new Square("b", 1, "black", 9.0));
  }

  @Test
  void should_return_each_row_as_its_subtype_from_every_read_of_the_base() throws Exception {
    List<Shape> expected =
        List.of(
            new Circle("a", 1, "red", 2.5),
            new Square("a", 2, "blue", 4.0),
            new Circle("a", 3, "green", 1.0));

    // tag::reads[]
    List<Shape> onCanvas = shapes.findByCanvas("a"); // Circle, Square, Circle
    Optional<Shape> one = shapes.findById("a", 2); // a Square
    // end::reads[]
    assertThat(onCanvas).containsExactlyElementsOf(expected);
    assertThat(one).contains(new Square("a", 2, "blue", 4.0));
    assertThat(shapes.findByCanvasAsync("a").toCompletableFuture().get(10, TimeUnit.SECONDS))
        .containsExactlyElementsOf(expected);
    assertThat(shapes.findByCanvasAndIdGreaterThan("a", 1))
        .containsExactlyElementsOf(expected.subList(1, 3));
    assertThat(shapes.findById("a", 2)).contains(new Square("a", 2, "blue", 4.0));
    assertThat(shapes.findById("b", 1)).contains(new Square("b", 1, "black", 9.0));
    assertThat(shapes.findById("b", 2)).isEmpty();
    assertThat(shapes.byQuery("a", 3)).isEqualTo(new Circle("a", 3, "green", 1.0));
    assertThat(shapes.countByCanvas("a")).isEqualTo(3);
  }

  @Test
  void should_write_the_discriminator_value_of_each_subtype() {
    assertThat(shapes.saveCircleIfAbsent(new Circle("c", 1, "white", 3.0))).isTrue();
    assertThat(shapes.saveCircleIfAbsent(new Circle("c", 1, "grey", 5.0))).isFalse();

    assertThat(kindOf("a", 1)).isEqualTo("circle");
    assertThat(kindOf("a", 2)).isEqualTo("square");
    assertThat(kindOf("c", 1)).isEqualTo("circle");
    Row circle =
        session.execute("SELECT side FROM repo_shapes WHERE canvas = 'c' AND id = 1").one();
    assertThat(circle.isNull(0)).as("a circle leaves the square's column unset").isTrue();
    assertThat(shapes.findById("c", 1)).contains(new Circle("c", 1, "white", 3.0));
  }

  @Test
  void should_update_by_entity_writing_its_type_so_that_a_new_row_is_readable() {
    shapes.update(new Square("d", 1, "orange", 2.0));
    shapes.update(new Circle("a", 1, "red", 7.0));
    shapes.recolor("a", 2, "purple");

    assertThat(kindOf("d", 1)).isEqualTo("square");
    assertThat(shapes.findById("d", 1)).contains(new Square("d", 1, "orange", 2.0));
    assertThat(shapes.findById("a", 1)).contains(new Circle("a", 1, "red", 7.0));
    assertThat(shapes.findById("a", 2)).contains(new Square("a", 2, "purple", 4.0));
  }

  @Test
  void should_delete_by_entity_and_by_partition_through_the_base() {
    shapes.delete(new Circle("a", 1, "ignored", 0.0));
    assertThat(shapes.findByCanvas("a"))
        .containsExactly(new Square("a", 2, "blue", 4.0), new Circle("a", 3, "green", 1.0));

    shapes.deleteCanvas("a");
    assertThat(shapes.findByCanvas("a")).isEmpty();
    assertThat(shapes.findByCanvas("b")).hasSize(1);
  }

  @Test
  void should_fail_typed_when_a_row_holds_an_unknown_discriminator_value() {
    session.execute(
        "INSERT INTO repo_shapes (canvas, id, color, kind) VALUES ('e', 1, 'pink', 'hexagon')");

    assertThatThrownBy(() -> shapes.findById("e", 1))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("repo_shapes has kind = 'hexagon'")
        .hasMessageContaining("known values: circle, square");
    assertThatThrownBy(() -> shapes.findByCanvas("e"))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("'hexagon'");
  }

  private static String kindOf(String canvas, int id) {
    return session
        .execute("SELECT kind FROM repo_shapes WHERE canvas = ? AND id = ?", canvas, id)
        .one()
        .getString(0);
  }
}
