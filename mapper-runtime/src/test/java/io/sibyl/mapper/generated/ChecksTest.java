package io.sibyl.mapper.generated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sibyl.mapper.EntityValidationException;
import io.sibyl.mapper.ValidationErrors;
import io.sibyl.mapper.Violation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ada@example.com",
        "a.b+tag@mail.example.org",
        "x@localhost",
        "\"odd@local\"@example.com",
        "root@[127.0.0.1]",
        "ü@bücher.de"
      })
  void should_accept_a_well_formed_email(String email) {
    assertThat(Checks.isEmail(email)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "@example.com",
        "ada@",
        "ada@@example.com",
        "a@b@example.com",
        "ada lovelace@example.com",
        "ada@exa mple.com",
        "ada@-example.com",
        "ada@example-.com",
        "ada@example..com",
        "ada@.example.com"
      })
  void should_refuse_a_malformed_email(String email) {
    assertThat(Checks.isEmail(email)).isFalse();
  }

  @Test
  void should_let_null_and_empty_email_pass_as_jakarta_does() {
    assertThat(Checks.isEmail(null)).isTrue();
    assertThat(Checks.isEmail("")).isTrue();
  }

  @Test
  void should_refuse_a_local_part_over_64_characters() {
    assertThat(Checks.isEmail("a".repeat(64) + "@example.com")).isTrue();
    assertThat(Checks.isEmail("a".repeat(65) + "@example.com")).isFalse();
  }

  @Test
  void should_find_blank_text() {
    assertThat(Checks.isBlank(null)).isTrue();
    assertThat(Checks.isBlank("")).isTrue();
    assertThat(Checks.isBlank(" \t\n")).isTrue();
    assertThat(Checks.isBlank(" a ")).isFalse();
  }

  @Test
  void should_create_the_list_on_the_first_violation_only() {
    Checks.throwIfAny(null, "insert");

    ValidationErrors errors =
        Checks.add(null, String.class, "name", "NotBlank", "must not be blank");
    ValidationErrors same = Checks.add(errors, String.class, "age", "Min", "must be at least 1");

    assertThat(same).isSameAs(errors);
    assertThat(errors.violations())
        .containsExactly(
            new Violation("name", "NotBlank", "must not be blank"),
            new Violation("age", "Min", "must be at least 1"));
  }

  @Test
  void should_list_every_violation_in_the_exception_without_values() {
    ValidationErrors errors =
        Checks.add(null, Integer.class, "name", "NotBlank", "must not be blank");
    Checks.hook(errors, e -> e.reject("Consistent", "end must come after start"), Integer.class);

    assertThatThrownBy(() -> Checks.throwIfAny(errors, "insert"))
        .isInstanceOfSatisfying(
            EntityValidationException.class,
            e -> {
              assertThat(e.entityType()).isEqualTo(Integer.class);
              assertThat(e.violations()).hasSize(2);
            })
        .hasMessage(
            "Invalid Integer, the insert was not sent (2 violations): name must not be blank"
                + " (@NotBlank); end must come after start (@Consistent). Fix the entity before"
                + " writing it");
  }

  @Test
  void should_run_the_hook_even_without_property_violations() {
    ValidationErrors errors = Checks.hook(null, e -> {}, Long.class);

    assertThat(errors.isEmpty()).isTrue();
    Checks.throwIfAny(errors, "update");
  }
}
