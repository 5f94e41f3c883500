package io.sibyl.mapper.bulk;

import io.sibyl.mapper.metamodel.TokenRange;

/**
 * A token range that a scan could not finish, and why (the driver's error, or what the consumer
 * threw).
 *
 * @param range the range
 * @param error the error
 */
public record ScanFailure(TokenRange range, Throwable error) {}
