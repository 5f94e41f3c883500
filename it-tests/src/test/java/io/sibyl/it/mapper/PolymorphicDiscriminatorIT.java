package io.sibyl.it.mapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.it.mapper.animals.AnimalRepository;
import io.sibyl.it.mapper.animals.AnimalTable;
import io.sibyl.it.mapper.animals.Cat;
import io.sibyl.it.mapper.animals.SeaLion;
import io.sibyl.it.mapper.animals.SeaLion_;
import io.sibyl.it.mapper.payments.Card;
import io.sibyl.it.mapper.payments.Card_;
import io.sibyl.it.mapper.payments.PaymentRepository;
import io.sibyl.it.mapper.payments.PaymentTable;
import io.sibyl.it.mapper.payments.Transfer;
import io.sibyl.it.mapper.payments.Transfer_;
import io.sibyl.mapper.Mapper;
import io.sibyl.mapper.MapperException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Polymorphic tables whose discriminator is an {@code int} or the name of an enum constant, read
 * and written through repositories of the base and through the subtypes' DSL.
 */
class PolymorphicDiscriminatorIT extends MapperITBase {

  private static Mapper mapper;
  private static PaymentRepository payments;
  private static AnimalRepository animals;

  @BeforeAll
  static void createSchema() {
    mapper = createSchemaAndMapper(PaymentTable.INSTANCE, AnimalTable.INSTANCE);
    payments = mapper.repository(PaymentRepository.class);
    animals = mapper.repository(AnimalRepository.class);
  }

  @BeforeEach
  void clear() {
    session.execute("TRUNCATE repo_payments");
    session.execute("TRUNCATE repo_animals");
  }

  @Test
  void should_write_and_dispatch_on_an_int_discriminator() {
    payments.save(new Card("acc", 1, "4242", 1250));
    payments.save(new Transfer("acc", 2, "DE44", 9900));
    Transfer_.table(mapper).save(new Transfer("acc", 3, "FR76", 100));

    assertThat(payments.findByAccount("acc"))
        .containsExactly(
            new Card("acc", 1, "4242", 1250),
            new Transfer("acc", 2, "DE44", 9900),
            new Transfer("acc", 3, "FR76", 100));
    assertThat(
            session.execute("SELECT type FROM repo_payments WHERE account = 'acc'").all().stream()
                .map(row -> row.getInt(0))
                .toList())
        .containsExactly(1, 2, 2);
    assertThat(Card_.table(mapper).select().where(Card_.ACCOUNT.eq("acc")).list())
        .containsExactly(new Card("acc", 1, "4242", 1250));
    assertThat(Transfer_.table(mapper).select().count()).isEqualTo(2);
  }

  @Test
  void should_fail_typed_on_an_unknown_int_discriminator_value() {
    session.execute("INSERT INTO repo_payments (account, id, cents, type) VALUES ('x', 1, 5, 7)");

    assertThatThrownBy(() -> payments.findByAccount("x"))
        .isInstanceOf(MapperException.class)
        .hasMessageContaining("repo_payments has type = '7'")
        .hasMessageContaining("known values: 1, 2");
  }

  @Test
  void should_write_and_dispatch_on_enum_constant_names() {
    animals.save(new Cat("zoo", "felix", 9));
    animals.save(new SeaLion("zoo", "sammy", 210.5));

    assertThat(animals.findByZoo("zoo"))
        .containsExactly(new Cat("zoo", "felix", 9), new SeaLion("zoo", "sammy", 210.5));
    assertThat(
            session.execute("SELECT species FROM repo_animals WHERE zoo = 'zoo'").all().stream()
                .map(row -> row.getString(0))
                .toList())
        .containsExactly("CAT", "SEA_LION");
    assertThat(SeaLion_.table(mapper).select().where(SeaLion_.ZOO.eq("zoo")).list())
        .containsExactly(new SeaLion("zoo", "sammy", 210.5));
  }
}
