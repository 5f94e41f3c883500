package com.example.legacy;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The parcels, as the processor generates them. */
@Repository
public interface ParcelRepository {
  @Insert
  void save(Parcel parcel);

  @Insert
  CompletionStage<Void> saveAsync(Parcel parcel);

  @Select
  Optional<Parcel> find(String shipment, int seq);

  @Select
  List<Parcel> ofShipment(String shipment);

  @Delete
  void delete(Parcel parcel);
}
