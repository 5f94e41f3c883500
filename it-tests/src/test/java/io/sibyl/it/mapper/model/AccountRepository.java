package io.sibyl.it.mapper.model;

import io.sibyl.driver.BoundStatement;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Select;
import io.sibyl.mapper.annotations.Update;
import java.util.List;
import java.util.Optional;

/** Conditional writes of {@link Account}, and static columns. */
@Repository
public interface AccountRepository {
  @Insert
  void save(Account account);

  @Insert(ifNotExists = true)
  BoundStatement openStatement(Account account);

  @Select
  Optional<Account> find(String owner, String number);

  @Select
  List<Account> findAll(String owner);

  @Update(
      columns = {"balance", "version"},
      ifCondition = "version = :expected")
  boolean updateBalance(Account account, int expected);

  @Update(
      columns = {"balance", "version"},
      ifCondition = "version = :expected")
  LwtResult<Account> updateBalanceLwt(Account account, int expected);

  @Update(ifCondition = "balance >= :minimum AND version = :version")
  boolean withdraw(String owner, String number, long balance, long minimum, int version);

  @Update
  void changeEmail(String owner, String ownerEmail);

  @Update(ifCondition = "owner_email = :expected")
  boolean changeEmailIf(String owner, String ownerEmail, String expected);

  @Update(
      columns = {"balance"},
      ifCondition = "version = :version")
  BoundStatement updateBalanceStatement(Account account, int version);

  @Delete
  void deleteAll(String owner);

  @Delete(ifCondition = "balance = :zero")
  LwtResult<Account> closeIfEmpty(String owner, String number, long zero);
}
