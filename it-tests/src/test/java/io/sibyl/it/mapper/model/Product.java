package io.sibyl.it.mapper.model;

import io.sibyl.mapper.annotations.Index;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.annotations.Transient;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/** A JavaBean entity with a mapped superclass, an indexed column and a collection. */
@Table(name = "products")
public class Product extends Audited {
  @PartitionKey private String sku;
  private String name;
  private BigDecimal price;
  private Integer stock;
  private Set<String> tags;
  @Index private String category;
  @Transient private String displayLabel;

  /** An empty product, for the mapper. */
  public Product() {}

  /** A product with the given key and values; the audit columns stay null. */
  public static Product of(
      String sku, String name, BigDecimal price, Integer stock, Set<String> tags, String category) {
    Product product = new Product();
    product.setSku(sku);
    product.setName(name);
    product.setPrice(price);
    product.setStock(stock);
    product.setTags(tags);
    product.setCategory(category);
    return product;
  }

  /** The key. */
  public String getSku() {
    return sku;
  }

  /** Sets the key. */
  public void setSku(String sku) {
    this.sku = sku;
  }

  /** The name. */
  public String getName() {
    return name;
  }

  /** Sets the name. */
  public void setName(String name) {
    this.name = name;
  }

  /** The price. */
  public BigDecimal getPrice() {
    return price;
  }

  /** Sets the price. */
  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  /** The units in stock. */
  public Integer getStock() {
    return stock;
  }

  /** Sets the units in stock. */
  public void setStock(Integer stock) {
    this.stock = stock;
  }

  /** The tags. */
  public Set<String> getTags() {
    return tags;
  }

  /** Sets the tags. */
  public void setTags(Set<String> tags) {
    this.tags = tags;
  }

  /** The category (indexed). */
  public String getCategory() {
    return category;
  }

  /** Sets the category. */
  public void setCategory(String category) {
    this.category = category;
  }

  /** A label that is never stored. */
  public String getDisplayLabel() {
    return displayLabel;
  }

  /** Sets the label that is never stored. */
  public void setDisplayLabel(String displayLabel) {
    this.displayLabel = displayLabel;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Product that
        && Objects.equals(sku, that.sku)
        && Objects.equals(name, that.name)
        && Objects.equals(price, that.price)
        && Objects.equals(stock, that.stock)
        && Objects.equals(tags, that.tags)
        && Objects.equals(category, that.category)
        && Objects.equals(getCreatedBy(), that.getCreatedBy())
        && Objects.equals(getCreatedAt(), that.getCreatedAt());
  }

  @Override
  public int hashCode() {
    return Objects.hash(sku, name, price, stock, tags, category);
  }

  @Override
  public String toString() {
    return "Product[sku="
        + sku
        + ", name="
        + name
        + ", price="
        + price
        + ", stock="
        + stock
        + ", tags="
        + tags
        + ", category="
        + category
        + ", createdBy="
        + getCreatedBy()
        + ", createdAt="
        + getCreatedAt()
        + "]";
  }
}
