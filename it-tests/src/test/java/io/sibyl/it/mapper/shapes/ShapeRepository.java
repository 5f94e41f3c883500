package io.sibyl.it.mapper.shapes;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** A repository of the polymorphic base: rows come back as circles and squares. */
@Repository
public interface ShapeRepository {
  // tag::repository[]

  /** Inserts a circle or a square, with its discriminator value. */
  @Insert
  void save(Shape shape);

  /** Inserts a circle unless its key is taken. */
  @Insert(ifNotExists = true)
  boolean saveCircleIfAbsent(Circle circle);

  /** One shape by key. */
  @Select
  Optional<Shape> findById(String canvas, int id);

  /** The shapes of a canvas. */
  @Select
  List<Shape> findByCanvas(String canvas);

  // end::repository[]

  /** The shapes of a canvas, asynchronously. */
  @Select
  CompletionStage<List<Shape>> findByCanvasAsync(String canvas);

  /** The shapes of a canvas after an id (a derived finder). */
  List<Shape> findByCanvasAndIdGreaterThan(String canvas, int id);

  /** How many shapes a canvas holds (a derived count). */
  long countByCanvas(String canvas);

  /** One shape by key, through hand-written CQL. */
  @Query("SELECT * FROM repo_shapes WHERE canvas = :canvas AND id = :id")
  Shape byQuery(String canvas, int id);

  /** Writes every column of the shape's type, and its discriminator. */
  @Update
  void update(Shape shape);

  /** Sets the color, a column both types share. */
  @Update
  void recolor(String canvas, int id, String color);

  /** Deletes a shape by its key. */
  @Delete
  void delete(Shape shape);

  /** Deletes every shape of a canvas. */
  @Delete
  void deleteCanvas(String canvas);
}
