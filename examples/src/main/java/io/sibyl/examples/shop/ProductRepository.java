package io.sibyl.examples.shop;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The catalogue. */
@Repository
public interface ProductRepository {
  /** The insert of a product, to run in a batch. */
  @Insert
  BoundStatement saveStatement(Product product);

  /** The product with this SKU. */
  @Select
  Optional<Product> findBySku(String sku);

  /** The products of a category (served by the index on {@code category}). */
  List<Product> findByCategory(String category);

  /** Changes only the price. */
  @Update
  void reprice(String sku, BigDecimal price);
}
