package io.sibyl.examples.shop;

import io.sibyl.mapper.annotations.Udt;

/** A postal address, stored as a user-defined type. */
@Udt
public record Address(String street, String city, String zip) {

  @Override
  public String toString() {
    return street + ", " + zip + " " + city;
  }
}
