package test;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;

@Table(name = "vehicles")
@Discriminator(column = "kind")
public sealed interface Vehicle permits Car, Truck {}
