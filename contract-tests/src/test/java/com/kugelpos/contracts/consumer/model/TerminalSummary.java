package com.kugelpos.contracts.consumer.model;

/**
 * A terminal as report reads it from a store's list (row 13, upstream
 * {@code ReportService.commit_store_report_async}: each terminal's number).
 *
 * @param terminalNo the number within the store
 */
public record TerminalSummary(int terminalNo) {}
