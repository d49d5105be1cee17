package com.kugelpos.contracts.consumer.model;

/**
 * A transaction as terminal reads it at terminal close (row 8, upstream
 * {@code TerminalService.close_terminal_async}: the number of the last one).
 *
 * @param transactionNo the transaction number
 */
public record Transaction(long transactionNo) {}
