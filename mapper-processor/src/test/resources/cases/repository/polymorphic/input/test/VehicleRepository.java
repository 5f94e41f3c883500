package test;

import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Query;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

@Repository
public interface VehicleRepository {
  @Insert
  void save(Vehicle vehicle);

  @Insert(ifNotExists = true)
  boolean saveCar(Car car);

  @Select
  Optional<Vehicle> findById(String owner, int id);

  @Select
  CompletionStage<List<Vehicle>> findByOwnerAsync(String owner);

  List<Vehicle> findByOwnerAndIdGreaterThan(String owner, int id);

  @Query("SELECT owner, id, model, kind FROM vehicles WHERE owner = :owner")
  List<Vehicle> models(String owner);

  @Update
  void update(Vehicle vehicle);

  @Update
  void rename(String owner, int id, String model);

  @Delete
  void delete(Vehicle vehicle);

  @Delete
  void deleteTruck(Truck truck);
}
