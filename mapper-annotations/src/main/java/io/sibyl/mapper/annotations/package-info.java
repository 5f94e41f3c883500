/**
 * The annotations of Sibyl's compile-time mapper.
 *
 * <p>Annotate entities with {@link io.sibyl.mapper.annotations.Table} (and the types they nest with
 * {@link io.sibyl.mapper.annotations.Udt}), and data-access interfaces with {@link
 * io.sibyl.mapper.annotations.Repository}. The {@code sibyl-mapper-processor} annotation processor
 * checks them at compile time, reporting each misuse as an error on the element at fault, and
 * writes plain Java: {@code UserTable} (columns, DDL, row codec) and {@code UserRepositoryImpl}
 * (prepared statements bound and read by index, no reflection).
 *
 * <pre>{@code
 * @Table(name = "users")
 * public record User(@PartitionKey UUID id, String name, @Column(name = "mail") String email) {}
 *
 * @Repository
 * public interface UserRepository {
 *   @Insert void save(User user);
 *   @Select Optional<User> findById(UUID id);
 *   List<User> findByEmail(String email);   // a derived finder; needs an @Index on email
 * }
 * }</pre>
 *
 * <p>Several entity types can share one table: annotate a sealed base with {@link
 * io.sibyl.mapper.annotations.Table} and {@link io.sibyl.mapper.annotations.Discriminator}, and
 * each permitted subtype with {@link io.sibyl.mapper.annotations.DiscriminatorValue}.
 *
 * <p>The guides are under {@code docs/mapper/}: tables.md, polymorphism.md, repositories.md,
 * queries.md and errors.md (every diagnostic the processor can report).
 */
package io.sibyl.mapper.annotations;
