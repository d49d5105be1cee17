package com.kugelpos.contracts.consumer.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A transaction as terminal reads it at terminal close (row 8): only its number, type and lines.
 *
 * @param transactionNo the number within the terminal
 * @param transactionType the type code, e.g. 101 for a sale
 * @param lineItems the sold lines
 * @param payments the payments
 */
public record Transaction(long transactionNo, int transactionType, List<JsonNode> lineItems, List<JsonNode> payments) {}
