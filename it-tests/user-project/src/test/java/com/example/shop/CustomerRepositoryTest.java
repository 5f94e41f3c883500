package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.sibyl.driver.Session;
import io.sibyl.junit.SibylTest;
import io.sibyl.mapper.Mapper;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

// tag::test[]
@SibylTest(entities = Customer.class)
class CustomerRepositoryTest {

  @Test
  void saves_reads_and_deletes_through_the_generated_repository(Mapper mapper) {
    CustomerRepository customers = mapper.repository(CustomerRepository.class);
    Customer ada = new Customer(UUID.randomUUID(), "Ada", "ada@example.com", Set.of("vip"));

    customers.save(ada);
    assertEquals(Optional.of(ada), customers.findById(ada.id()));

    customers.delete(ada);
    assertTrue(customers.findById(ada.id()).isEmpty());
  }

  @Test
  void queries_with_the_generated_metamodel(Mapper mapper, Session session) {
    Customer grace = new Customer(UUID.randomUUID(), "Grace", "grace@example.com", Set.of());
    mapper.repository(CustomerRepository.class).save(grace);

    List<Customer> found =
        Customer_.table(mapper).select().where(Customer_.ID.in(List.of(grace.id()))).list();

    assertEquals(List.of(grace), found);
    assertEquals(session.keyspace(), mapper.keyspace());
  }
}
// end::test[]
