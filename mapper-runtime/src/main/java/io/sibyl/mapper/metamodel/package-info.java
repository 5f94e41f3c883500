/**
 * The typed metamodel of the query DSL: the column constants of the generated {@code User_} classes
 * ({@link io.sibyl.mapper.metamodel.PartitionKeyColumn}, {@link
 * io.sibyl.mapper.metamodel.ClusteringColumn}, {@link io.sibyl.mapper.metamodel.RegularColumn}...,
 * each taking only the restrictions and assignments its role allows), the fields of user types
 * ({@link io.sibyl.mapper.metamodel.UdtField}), what is built from columns (tuples of clustering
 * columns, the partition {@link io.sibyl.mapper.metamodel.Token}) and {@link
 * io.sibyl.mapper.metamodel.TableMetamodel}, which a generated metamodel builds once per table.
 *
 * <p>Queries are written with {@code io.sibyl.mapper.query}, from the restrictions, assignments and
 * orderings these columns make.
 */
package io.sibyl.mapper.metamodel;
