package io.sibyl.it.dsl.vehicles;

import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.DiscriminatorValue;
import io.sibyl.mapper.annotations.PartitionKey;

/** A truck: a JavaBean, stored with the default discriminator value {@code 'truck'}. */
@DiscriminatorValue
public final class Truck implements Vehicle {

  @PartitionKey private String owner;
  @ClusteringColumn private int id;
  private String model;

  @Column(name = "payload_kg")
  private Double payload;

  /** An empty truck, for the mapper. */
  public Truck() {}

  /** A truck with every property. */
  public static Truck of(String owner, int id, String model, Double payload) {
    Truck truck = new Truck();
    truck.setOwner(owner);
    truck.setId(id);
    truck.setModel(model);
    truck.setPayload(payload);
    return truck;
  }

  /** The owner (partition key). */
  public String getOwner() {
    return owner;
  }

  /** Sets the owner. */
  public void setOwner(String owner) {
    this.owner = owner;
  }

  /** The id within the owner's vehicles. */
  public int getId() {
    return id;
  }

  /** Sets the id. */
  public void setId(int id) {
    this.id = id;
  }

  /** The model, a column shared with cars. */
  public String getModel() {
    return model;
  }

  /** Sets the model. */
  public void setModel(String model) {
    this.model = model;
  }

  /** The payload in kilograms. */
  public Double getPayload() {
    return payload;
  }

  /** Sets the payload. */
  public void setPayload(Double payload) {
    this.payload = payload;
  }
}
