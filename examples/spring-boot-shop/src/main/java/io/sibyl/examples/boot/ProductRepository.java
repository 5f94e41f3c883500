package io.sibyl.examples.boot;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.math.BigDecimal;
import java.util.Optional;

/** The catalogue; the starter makes it a bean, injected like any other. */
@Repository
public interface ProductRepository {
  /** Adds or replaces a product. */
  @Insert
  void save(Product product);

  /** The product with this SKU. */
  @Select
  Optional<Product> findBySku(String sku);

  /** Changes only the price. */
  @Update
  void reprice(String sku, BigDecimal price);
}
