package com.kugelpos.contracts.consumer.model;

/**
 * A staff member as terminal reads it at sign-in (row 7, upstream {@code StaffMasterWebRepository}).
 * The PIN the provider also sends is a secret the contract does not ask for.
 *
 * @param id the staff id
 * @param name the staff member's name
 */
public record Staff(String id, String name) {}
