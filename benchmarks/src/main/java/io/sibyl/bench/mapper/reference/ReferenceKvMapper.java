package io.sibyl.bench.mapper.reference;

import com.datastax.oss.driver.api.mapper.annotations.DaoFactory;
import com.datastax.oss.driver.api.mapper.annotations.Mapper;

/** The reference mapper's entry point; its processor writes {@code ReferenceKvMapperBuilder}. */
@Mapper
public interface ReferenceKvMapper {

  /** The DAO of the {@code bench.kv} table. */
  @DaoFactory
  ReferenceKvDao kvDao();
}
