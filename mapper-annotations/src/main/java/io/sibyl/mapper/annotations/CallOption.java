package io.sibyl.mapper.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a repository method parameter a per-call option instead of a value to bind. A trailing
 * {@code io.sibyl.mapper.QueryOptions} parameter does the same for all options at once.
 *
 * <pre>{@code
 * @Select Optional<User> findById(UUID id, @CallOption(CallOption.Kind.CONSISTENCY) Consistency cl);
 * @Insert void save(User user, @CallOption(CallOption.Kind.TTL) int ttlSeconds);
 * @Select List<Event> scan(String day, @CallOption(CallOption.Kind.EXECUTION_PROFILE) String profile);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface CallOption {

  /** Which option the parameter gives. */
  Kind value();

  /** The options, with the Java types their parameters must have. */
  enum Kind {
    /** {@code io.sibyl.driver.Consistency}: the consistency level. */
    CONSISTENCY,
    /** {@code io.sibyl.driver.Consistency}: the serial consistency of a conditional write. */
    SERIAL_CONSISTENCY,
    /** {@code java.time.Duration}: how long the driver waits for the response. */
    TIMEOUT,
    /** {@code int}: the time to live in seconds of an insert or update. */
    TTL,
    /** {@code long}: the write timestamp in microseconds since the epoch. */
    TIMESTAMP,
    /** {@code int}: the number of rows per page of a select. */
    PAGE_SIZE,
    /** {@code java.nio.ByteBuffer}: where a select resumes, from an earlier page's paging state. */
    PAGING_STATE,
    /**
     * {@code String}: the name of the session's execution profile that fills in the options the
     * call leaves unset (null for none).
     */
    EXECUTION_PROFILE
  }
}
