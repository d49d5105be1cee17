package com.kugelpos.contracts.consumer.model;

/**
 * A setting's value for one terminal as cart reads it (row 5).
 *
 * @param value the value
 */
public record SettingValue(String value) {}
