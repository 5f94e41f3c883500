package test;

import io.sibyl.mapper.annotations.Column;
import io.sibyl.mapper.annotations.Udt;
import java.util.List;

@Udt(name = "postal_address")
public record Address(String street, @Column(name = "zip") Integer zipCode, Geo geo, List<String> lines) {}
