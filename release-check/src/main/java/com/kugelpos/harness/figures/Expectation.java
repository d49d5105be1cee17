package com.kugelpos.harness.figures;

/**
 * One row of the resiliency matrix as the spec asks it.
 *
 * @param service    the service the fault is put in front of
 * @param fault      the fault
 * @param expected   what the client must do
 * @param testClass  the chaos suite proving it (simple name)
 * @param testMethod its test method
 */
public record Expectation(String service, String fault, String expected, String testClass, String testMethod) {
}
