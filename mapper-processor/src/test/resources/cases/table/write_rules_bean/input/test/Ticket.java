package test;

import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.annotations.DefaultGenerator;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

@Table
public class Ticket {
  @PartitionKey
  @Default(generator = DefaultGenerator.RANDOM_UUID)
  private UUID id;

  @Default("open")
  private String state;

  @Default("9.99")
  private BigDecimal price;

  @Default(generator = DefaultGenerator.NOW)
  private Instant openedAt;

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public BigDecimal getPrice() {
    return price;
  }

  public void setPrice(BigDecimal price) {
    this.price = price;
  }

  public Instant getOpenedAt() {
    return openedAt;
  }

  public void setOpenedAt(Instant openedAt) {
    this.openedAt = openedAt;
  }
}
