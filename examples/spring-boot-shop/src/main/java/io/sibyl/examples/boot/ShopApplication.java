package io.sibyl.examples.boot;

import java.math.BigDecimal;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A Spring Boot shop on Sibyl. With no {@code sibyl.contact-points} (see application.properties),
 * the starter starts an embedded Cassandra node, creates the keyspace and the products table
 * ({@code sibyl.schema.mode=apply-safe}) before the runner below runs, and stops the node on exit.
 * Set {@code sibyl.contact-points=host:9042} to use a real cluster instead.
 */
@SpringBootApplication
public class ShopApplication {

  /** Runs the shop, then exits. */
  public static void main(String[] args) {
    SpringApplication.exit(SpringApplication.run(ShopApplication.class, args));
  }

  /** Adds a product, discounts it and prints it. */
  @Bean
  CommandLineRunner demo(Catalogue catalogue) {
    return args -> {
      catalogue.add("SKU-1", "Espresso machine", new BigDecimal("249.00"));
      System.out.println("After a 10% discount: " + catalogue.discount("SKU-1", 10).orElseThrow());
    };
  }
}
