package io.sibyl.it.mapper.model;

import io.sibyl.driver.AsyncResultSet;
import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.PagingIterable;
import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;

/** Hand-written CQL over {@link Product}, with named and positional markers. */
@Repository(entity = Product.class)
public interface ProductQueries {
  @Query(
      "INSERT INTO products (sku, name, price, category) VALUES (:sku, :name, :price, :category)")
  void insert(String sku, String name, BigDecimal price, String category);

  @Query("INSERT INTO products (sku, name) VALUES (?, ?) IF NOT EXISTS")
  LwtResult<Product> insertIfAbsent(String sku, String name);

  @Query("INSERT INTO products (sku, name) VALUES (:sku, :name) USING TTL :ttl")
  CompletionStage<Void> insertTemporary(String sku, String name, int ttl);

  @Query("SELECT * FROM products WHERE sku IN :skus")
  List<Product> findBySkus(List<String> skus);

  @Query("SELECT sku, name FROM products WHERE sku = ?")
  Optional<Product> findName(String sku);

  @Query("SELECT * FROM products WHERE sku = :sku")
  Product get(String sku);

  @Query("SELECT * FROM products WHERE category = :category")
  Stream<Product> streamCategory(String category);

  @Query("SELECT * FROM products WHERE category = ?")
  PagingIterable<Product> pageCategory(
      String category,
      @CallOption(CallOption.Kind.PAGE_SIZE) int pageSize,
      @CallOption(CallOption.Kind.PAGING_STATE) ByteBuffer pagingState);

  @Query("SELECT * FROM products WHERE category = :category")
  CompletionStage<List<Product>> findCategoryAsync(String category);

  @Query("SELECT count(*) FROM products")
  @SuppressWarnings("sibyl:scan")
  long countAll();

  @Query("SELECT count(*) FROM products WHERE category = :category")
  CompletionStage<Long> countCategoryAsync(String category);

  @Query("SELECT WRITETIME(name) FROM products WHERE sku = :sku")
  long nameWriteTime(String sku);

  @Query("SELECT sku FROM products WHERE sku = :sku")
  boolean exists(String sku);

  @Query("SELECT * FROM products WHERE sku = :sku")
  ResultSet raw(String sku);

  @Query("SELECT * FROM products WHERE sku = ?")
  CompletionStage<AsyncResultSet> rawAsync(String sku);

  @Query("UPDATE products SET name = :name WHERE sku = :sku IF name = :expected")
  boolean rename(String sku, String name, String expected);

  @Query("UPDATE products SET price = ? WHERE sku = ? IF EXISTS")
  LwtResult<Product> reprice(BigDecimal price, String sku);

  @Query("UPDATE products SET tags = tags + :more WHERE sku = :sku")
  void tag(String sku, Set<String> more);

  @Query("UPDATE products SET tags = tags - ? WHERE sku = ?")
  CompletionStage<Void> untagAsync(Set<String> less, String sku);

  @Query("DELETE FROM products WHERE sku = :sku")
  BoundStatement deleteStatement(String sku);

  @Query("DELETE FROM products WHERE sku = :sku IF EXISTS")
  CompletionStage<Boolean> deleteIfExistsAsync(String sku);

  @Query("SELECT release_version FROM system.local")
  boolean systemLocalExists();
}
