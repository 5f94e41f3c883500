package io.sibyl.it.mapper.payments;

import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import java.util.List;

/** A repository of the int-discriminated base. */
@Repository
public interface PaymentRepository {

  /** Inserts a card or a transfer, with its type. */
  @Insert
  void save(Payment payment);

  /** The payments of an account. */
  @Select
  List<Payment> findByAccount(String account);
}
