package test;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import io.sibyl.mapper.annotations.Transient;
import java.util.List;
import java.util.Map;

@Table
public class Product extends Auditable {
  @PartitionKey private String sku;
  private Integer stock;
  private boolean active;
  @Column(name = "labels") private Map<String, String> attributes;
  private List<String> tags;
  @Transient private String displayName;
  private transient int cachedHash;

  public String getSku() {
    return sku;
  }

  public void setSku(String sku) {
    this.sku = sku;
  }

  public Integer getStock() {
    return stock;
  }

  public void setStock(Integer stock) {
    this.stock = stock;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Map<String, String> getAttributes() {
    return attributes;
  }

  public void setAttributes(Map<String, String> attributes) {
    this.attributes = attributes;
  }

  public List<String> getTags() {
    return tags;
  }

  public void setTags(List<String> tags) {
    this.tags = tags;
  }

  public String getDisplayName() {
    return displayName;
  }
}
