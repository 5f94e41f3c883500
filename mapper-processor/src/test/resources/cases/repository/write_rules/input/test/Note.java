package test;

import io.sibyl.mapper.annotations.Default;
import io.sibyl.mapper.annotations.DefaultGenerator;
import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;

@Table
public record Note(
    @PartitionKey @Default(generator = DefaultGenerator.RANDOM_UUID) UUID id,
    @NotBlank String text) {}
