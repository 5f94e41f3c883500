/**
 * Sibyl's mapper at run time: {@link io.sibyl.mapper.Mapper} gives the generated implementations of
 * {@code @Repository} interfaces, {@link io.sibyl.mapper.Batch} groups their statements, and the
 * result types ({@link io.sibyl.mapper.PagingIterable}, {@link io.sibyl.mapper.AsyncPage}, {@link
 * io.sibyl.mapper.LwtResult}) and {@link io.sibyl.mapper.QueryOptions} appear in repository method
 * signatures.
 */
package io.sibyl.mapper;
