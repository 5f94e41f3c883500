package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface whose abstract methods the processor implements: for {@code UserRepository} it
 * writes {@code UserRepositoryImpl}, obtained at run time with {@code
 * mapper.repository(UserRepository.class)}.
 *
 * <p>Each method is an {@link Insert}, {@link Select}, {@link Update}, {@link Delete}, {@link
 * Increment} or {@link Query}, or a derived finder whose name says what it does: {@code
 * findByCustomerIdAndOrderDateGreaterThan}, {@code countByCustomerId}, {@code existsById}, {@code
 * deleteByCustomerId}. Default and static methods are left alone.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Repository {

  /**
   * The entity that methods without an entity in their signature (derived finders, deletes by key,
   * counts) work on. {@code void.class} infers it: the one entity the other methods use.
   */
  Class<?> entity() default void.class;

  /**
   * The keyspace of the tables whose {@link Table#keyspace()} is empty. When empty too, the {@code
   * Mapper}'s keyspace (then the session's) is used.
   */
  String keyspace() default "";

  /** The null-saving strategy of this repository's inserts and updates. */
  NullSavingStrategy nullSaving() default NullSavingStrategy.DEFAULT;
}
