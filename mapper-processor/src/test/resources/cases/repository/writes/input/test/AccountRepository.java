package test;

import io.sibyl.driver.BoundStatement;
import io.sibyl.driver.ResultSet;
import io.sibyl.mapper.LwtResult;
import io.sibyl.mapper.QueryOptions;
import io.sibyl.mapper.annotations.CallOption;
import io.sibyl.mapper.annotations.Delete;
import io.sibyl.mapper.annotations.Insert;
import io.sibyl.mapper.annotations.NullSavingStrategy;
import io.sibyl.mapper.annotations.Repository;
import io.sibyl.mapper.annotations.Update;
import java.util.concurrent.CompletionStage;

@Repository
public interface AccountRepository {
  @Insert(ttl = ":ttl", timestamp = ":writeTime")
  void saveFor(Account account, int ttl, long writeTime);

  @Insert(ttl = "3600")
  CompletionStage<Void> saveForAnHour(Account account);

  @Insert
  void saveWith(Account account, QueryOptions options);

  @Insert(ifNotExists = true)
  LwtResult<Account> create(Account account);

  @Insert(nullSaving = NullSavingStrategy.SET_TO_NULL)
  @SuppressWarnings("sibyl:tombstones")
  ResultSet overwrite(Account account, @CallOption(CallOption.Kind.TTL) int ttl);

  @Update
  void update(Account account);

  @Update(columns = {"balance", "version"}, ifCondition = "version = :expected")
  boolean updateBalance(Account account, int expected);

  @Update(ifExists = true)
  CompletionStage<LwtResult<Account>> updateIfExists(Account account);

  @Update
  void rename(String owner, String number, long balance);

  @Update
  BoundStatement changeEmail(String owner, String ownerEmail);

  @Update(ifCondition = "version = :version")
  boolean setBalanceIfVersion(String owner, String number, long balance, int version);

  @Update(timestamp = "123456")
  void touch(String owner, String number, int version, @CallOption(CallOption.Kind.TIMESTAMP) Long at);

  @Delete
  void delete(Account account);

  @Delete(ifExists = true)
  boolean deleteIfExists(String owner, String number);

  @Delete
  void deleteAll(String owner);

  @Delete(timestamp = ":at")
  CompletionStage<Void> deleteAt(String owner, long at);

  @Delete(ifCondition = "balance = :zero")
  LwtResult<Account> deleteIfEmpty(String owner, String number, long zero);
}
