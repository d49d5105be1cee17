package com.kugelpos.contracts.consumer.model;

import java.util.List;

/**
 * A staff member as terminal reads it at sign-in (row 7); the PIN is compared with the one typed.
 *
 * @param id the staff id
 * @param name the name
 * @param pin the sign-in PIN
 * @param roles the roles
 * @param entryDatetime ISO-8601 creation time
 */
public record Staff(String id, String name, String pin, List<String> roles, String entryDatetime) {

    @Override
    public String toString() {
        return "Staff[id=" + id + ", name=" + name + ", pin=****, roles=" + roles + "]";
    }
}
