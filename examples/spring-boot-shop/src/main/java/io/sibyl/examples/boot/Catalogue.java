package io.sibyl.examples.boot;

import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** The shop's catalogue service, with the generated repository injected by constructor. */
@Service
public class Catalogue {

  private final ProductRepository products;

  /** A catalogue over this repository. */
  public Catalogue(ProductRepository products) {
    this.products = products;
  }

  /** Adds a product. */
  public void add(String sku, String name, BigDecimal price) {
    products.save(new Product(sku, name, price));
  }

  /** Applies a discount, in percent, to a product's price. */
  public Optional<Product> discount(String sku, int percent) {
    return products
        .findBySku(sku)
        .map(
            product -> {
              BigDecimal price =
                  product
                      .price()
                      .multiply(BigDecimal.valueOf(100L - percent))
                      .movePointLeft(2)
                      .setScale(2, java.math.RoundingMode.HALF_EVEN);
              products.reprice(sku, price);
              return new Product(sku, product.name(), price);
            });
  }
}
