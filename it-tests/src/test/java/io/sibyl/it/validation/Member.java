package io.sibyl.it.validation;

import io.sibyl.mapper.Validatable;
import io.sibyl.mapper.ValidationErrors;
import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.annotations.DefaultGenerator;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A record with constraints, defaults (a random key, a constant, the insert time) and a cross-field
 * rule of its own.
 */
// tag::member[]
@Table(name = "members")
public record Member(
    @PartitionKey @Default(generator = DefaultGenerator.RANDOM_UUID) UUID id,
    @NotBlank @Size(max = 20) String name,
    @Email String email,
    @Min(18) @Max(130) Integer age,
    @Pattern(regexp = "[A-Z]{2}") String country,
    @NotEmpty Set<String> roles,
    @Default("basic") String plan,
    @Default(generator = DefaultGenerator.NOW) Instant joinedAt)
    implements Validatable {

  @Override
  public void validate(ValidationErrors errors) {
    if ("vip".equals(plan) && age != null && age < 21) {
      errors.add("plan", "VipAge", "vip members must be 21 or older");
    }
  }
}
// end::member[]
