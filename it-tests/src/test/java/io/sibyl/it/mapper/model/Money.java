package io.sibyl.it.mapper.model;

import java.math.BigDecimal;

/** A value stored through a custom codec ({@link MoneyCodec}). */
public record Money(BigDecimal amount, String currency) {}
