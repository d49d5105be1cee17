package com.kugelpos.harness.figures;

import java.util.Locale;

/**
 * One Gatling assertion and its result.
 *
 * @param simulation the simulation, lower case as Gatling names its report folder, e.g. {@code poolingsimulation}
 * @param text       the assertion as Gatling words it, e.g. {@code add item: 99th percentile of response time is less than 800.0}
 * @param ok         whether it held
 */
public record GatlingAssertion(String simulation, String text, boolean ok) {

    /** The request or group it is about: the text before the first {@code ": "}, e.g. {@code add item}. */
    public String subject() {
        int colon = text.indexOf(": ");
        return colon < 0 ? "" : text.substring(0, colon);
    }

    /** Whether it belongs to the simulation with this class name (case-insensitive). */
    public boolean of(String simulationClass) {
        return simulation.equals(simulationClass.toLowerCase(Locale.ROOT));
    }
}
