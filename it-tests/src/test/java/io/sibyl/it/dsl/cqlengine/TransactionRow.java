package io.sibyl.it.dsl.cqlengine;

import io.sibyl.mapper.annotations.PartitionKey;
import io.sibyl.mapper.annotations.Table;
import java.util.UUID;

/**
 * cqlengine's {@code TestTransactionModel} / {@code TestIfNotExistsModel}, for the LWT examples.
 */
@Table(name = "cqe_transaction")
public record TransactionRow(@PartitionKey UUID id, Integer count, String text) {}
