package io.sibyl.it.dsl.vehicles;

import io.sibyl.mapper.annotations.Discriminator;
import io.sibyl.mapper.annotations.Table;

/** Cars and trucks in one table, told apart by its {@code kind} column. */
@Table(name = "dsl_vehicles")
@Discriminator(column = "kind")
public sealed interface Vehicle permits Car, Truck {}
