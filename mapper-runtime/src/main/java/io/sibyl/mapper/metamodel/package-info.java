/**
 * The typed metamodel of the query DSL: the column constants of the generated {@code User_} classes
 * ({@link io.sibyl.mapper.metamodel.PartitionKeyRef}, {@link
 * io.sibyl.mapper.metamodel.ClusteringRef}, {@link io.sibyl.mapper.metamodel.RegularRef}..., all
 * {@link io.sibyl.mapper.metamodel.ColumnRef}s, each taking only the restrictions and assignments
 * its role allows), the fields of user types ({@link io.sibyl.mapper.metamodel.UdtField}), what is
 * built from columns (tuples of clustering columns, the partition {@link
 * io.sibyl.mapper.metamodel.Token}) and {@link io.sibyl.mapper.metamodel.TableMetamodel}, which a
 * generated metamodel builds once per table.
 *
 * <p>The terms the columns make are here too: {@link io.sibyl.mapper.metamodel.Restriction}, {@link
 * io.sibyl.mapper.metamodel.TupleRestriction}, {@link io.sibyl.mapper.metamodel.TokenRestriction},
 * {@link io.sibyl.mapper.metamodel.Assignment}, {@link io.sibyl.mapper.metamodel.Ordering} and
 * {@link io.sibyl.mapper.metamodel.CollectionElement}. Queries are written with {@code
 * io.sibyl.mapper.query}, which takes them; this package never depends on it. Generated metamodels
 * register themselves as {@link io.sibyl.mapper.metamodel.MetamodelProvider} services.
 *
 * <p>This package uses the generated descriptors of {@code io.sibyl.mapper.generated} (tables and
 * columns); that package never depends on this one.
 *
 * <p>The column types end in {@code Ref} so that their names never clash with the mapping
 * annotations {@code @Column}, {@code @ClusteringColumn} and {@code @StaticColumn}.
 */
package io.sibyl.mapper.metamodel;
