package io.sibyl.it.driver;

import static org.assertj.core.api.Assertions.assertThat;

import io.sibyl.driver.ResultSet;
import io.sibyl.driver.Row;
import io.sibyl.it.support.SessionITBase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LightweightTransactionIT extends SessionITBase {

  @BeforeAll
  static void createTable() {
    session.execute("CREATE TABLE accounts (id int PRIMARY KEY, owner text, balance int)");
  }

  @Test
  void should_report_applied_for_a_successful_insert_if_not_exists() {
    ResultSet result =
        session.execute(
            "INSERT INTO accounts (id, owner, balance) VALUES (?, ?, ?) IF NOT EXISTS",
            1,
            "ada",
            10);

    assertThat(result.wasApplied()).isTrue();
  }

  @Test
  void should_report_not_applied_with_the_current_row() {
    session.execute("INSERT INTO accounts (id, owner, balance) VALUES (2, 'grace', 20)");

    ResultSet result =
        session.execute(
            "INSERT INTO accounts (id, owner, balance) VALUES (?, ?, ?) IF NOT EXISTS",
            2,
            "eve",
            0);

    assertThat(result.wasApplied()).isFalse();
    Row current = result.one();
    assertThat(current.getBoolean("[applied]")).isFalse();
    assertThat(current.getString("owner")).isEqualTo("grace");
    assertThat(current.getInt("balance")).isEqualTo(20);
  }

  @Test
  void should_apply_a_conditional_update_only_when_the_condition_holds() {
    session.execute("INSERT INTO accounts (id, owner, balance) VALUES (3, 'alan', 30)");

    ResultSet refused =
        session.execute("UPDATE accounts SET balance = 0 WHERE id = 3 IF balance = ?", 999);
    ResultSet applied =
        session.execute("UPDATE accounts SET balance = 0 WHERE id = 3 IF balance = ?", 30);

    assertThat(refused.wasApplied()).isFalse();
    assertThat(refused.one().getInt("balance")).isEqualTo(30);
    assertThat(applied.wasApplied()).isTrue();
    assertThat(session.execute("SELECT balance FROM accounts WHERE id = 3").one().getInt(0))
        .isZero();
  }
}
