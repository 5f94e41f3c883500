package io.sibyl.mapper.processor.model;

import io.sibyl.mapper.annotations.CallOption;

/**
 * A parameter that gives a per-call option.
 *
 * @param parameter the parameter name
 * @param kind the option; null for a whole {@code QueryOptions}
 * @param nullable whether the parameter may be null (not a primitive)
 */
public record CallOptionModel(String parameter, CallOption.Kind kind, boolean nullable) {}
