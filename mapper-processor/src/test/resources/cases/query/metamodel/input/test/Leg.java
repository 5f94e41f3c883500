package test;

import io.sibyl.mapper.annotations.Udt;

@Udt(name = "leg")
public record Leg(String city, int day) {}
