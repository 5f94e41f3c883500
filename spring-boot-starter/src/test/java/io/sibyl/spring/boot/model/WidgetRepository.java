package io.sibyl.spring.boot.model;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.Optional;

/** The widgets, injected as a bean by the starter. */
@Repository
public interface WidgetRepository {
  /** Saves a widget. */
  @Insert
  void save(Widget widget);

  /** The widget with this id. */
  @Select
  Optional<Widget> findById(String id);
}
