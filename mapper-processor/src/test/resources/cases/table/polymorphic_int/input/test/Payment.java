package test;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.DiscriminatorType;
import io.sibyl.mapper.annotations.Table;

@Table(name = "payments")
@Discriminator(column = "type", type = DiscriminatorType.INT)
public sealed interface Payment permits Card, Transfer {}
