package test;

import io.sibyl.mapper.Validatable;
import io.sibyl.mapper.ValidationErrors;
import io.sibyl.mapper.annotations.ClusteringColumn;
import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.annotations.DefaultGenerator;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Table(name = "bookings")
public record Booking(
    @PartitionKey @Default(generator = DefaultGenerator.RANDOM_UUID) UUID id,
    @ClusteringColumn @Column(type = "timeuuid") @Default(generator = DefaultGenerator.TIME_UUID)
        UUID eventId,
    @NotBlank @Size(max = 40) String guest,
    @Email(message = "{custom.key}") String email,
    @Pattern(regexp = "[A-Z]{3}", flags = Pattern.Flag.CASE_INSENSITIVE) String room,
    @Min(1) @Max(12) int nights,
    @Positive BigDecimal price,
    @NotEmpty(message = "at least one guest name, {value}") List<String> names,
    @NotNull @Default(generator = DefaultGenerator.NOW) Instant createdAt,
    @Default(generator = DefaultGenerator.NOW) LocalDate day,
    @Default("PENDING") Status status,
    @Default("3") @Max(10) Integer retries,
    @AssertTrue boolean confirmed)
    implements Validatable {

  public enum Status {
    PENDING,
    CONFIRMED
  }

  @Override
  public void validate(ValidationErrors errors) {
    if (retries != null && retries > nights) {
      errors.add("retries", "RetriesWithinNights", "must not exceed nights");
    }
  }
}
