package io.sibyl.it.mapper.model;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** Writes and key reads of {@link Product}, in every form the mapper offers. */
@Repository
public interface ProductRepository {
  @Insert
  void save(Product product);

  @Insert
  ResultSet saveForResult(Product product);

  @Insert
  BoundStatement saveStatement(Product product);

  @Insert
  CompletionStage<Void> saveAsync(Product product);

  @Insert(ifNotExists = true)
  boolean saveIfAbsent(Product product);

  @Insert(ifNotExists = true)
  LwtResult<Product> create(Product product);

  @Insert(ifNotExists = true)
  CompletionStage<Boolean> saveIfAbsentAsync(Product product);

  @Insert(ifNotExists = true)
  CompletableFuture<LwtResult<Product>> createAsync(Product product);

  @Insert(ifNotExists = true)
  BoundStatement createStatement(Product product);

  @Insert(ttl = ":ttl")
  void saveFor(Product product, int ttl);

  @Insert
  void saveWithTtl(Product product, @CallOption(CallOption.Kind.TTL) int ttl);

  @Insert(timestamp = ":writeTime")
  void saveAt(Product product, long writeTime);

  @Insert(ttl = "3600", timestamp = "1000")
  void saveAnHourAtTimestamp1000(Product product);

  @Insert
  void saveWith(Product product, QueryOptions options);

  @Insert(nullSaving = NullSavingStrategy.SET_TO_NULL)
  @SuppressWarnings("sibyl:tombstones")
  void overwrite(Product product);

  @Insert(nullSaving = NullSavingStrategy.DO_NOT_SET)
  void saveKeepingNulls(Product product);

  @Select
  Product get(String sku);

  @Select
  Optional<Product> find(String sku);

  @Select
  CompletionStage<Product> getAsync(String sku);

  @Select
  CompletionStage<Optional<Product>> findAsync(String sku);

  List<Product> findByCategory(String category);

  @Update
  void update(Product product);

  @Update
  ResultSet updateForResult(Product product);

  @Update
  CompletionStage<Void> updateAsync(Product product);

  @Update
  BoundStatement updateStatement(Product product);

  @Update(columns = {"price"})
  void updatePrice(Product product);

  @Update(columns = {"name", "stock"})
  void updateNameAndStock(Product product);

  @Update(ifExists = true)
  boolean updateIfExists(Product product);

  @Update(ifExists = true)
  LwtResult<Product> updateIfExistsLwt(Product product);

  @Update(ifExists = true)
  CompletionStage<LwtResult<Product>> updateIfExistsAsync(Product product);

  @Update(
      columns = {"stock"},
      ifCondition = "stock = :expected")
  LwtResult<Product> restock(Product product, Integer expected);

  @Update(
      columns = {"price"},
      ifCondition = "price = :expected")
  CompletionStage<Boolean> repriceIfAsync(Product product, BigDecimal expected);

  @Update
  void rename(String sku, String name);

  @Update
  void changeNameAndPrice(String sku, String name, BigDecimal price);

  @Update(ttl = ":ttl")
  void renameFor(String sku, String name, int ttl);

  @Update(timestamp = ":at")
  void renameAt(String sku, String name, long at);

  @Update(nullSaving = NullSavingStrategy.SET_TO_NULL)
  @SuppressWarnings("sibyl:tombstones")
  void updateSettingNulls(Product product);

  @Delete
  void delete(Product product);

  @Delete
  void deleteBySku(String sku);

  @Delete
  CompletionStage<Void> deleteAsync(String sku);

  @Delete
  ResultSet deleteForResult(String sku);

  @Delete
  BoundStatement deleteStatement(String sku);

  @Delete(ifExists = true)
  boolean deleteIfExists(String sku);

  @Delete(ifExists = true)
  CompletionStage<Boolean> deleteIfExistsAsync(String sku);

  @Delete(ifCondition = "stock = :stock")
  LwtResult<Product> deleteIfStock(String sku, Integer stock);

  @Delete(timestamp = ":at")
  void deleteAt(String sku, long at);
}
