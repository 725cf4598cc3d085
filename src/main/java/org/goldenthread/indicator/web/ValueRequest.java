package org.goldenthread.indicator.web;

/**
 * A value sent by a program, with the same checks and workflow as the form; {@code forecast} and
 * {@code forecastBasis} are the officer's year-end forecast and its basis (optional: left out, the
 * recorded ones are kept; an empty text removes them).
 */
record ValueRequest(
    String period,
    String actual,
    String numerator,
    String denominator,
    String commentary,
    String remedialAction,
    String changeReason,
    Long version,
    Boolean submit,
    String forecast,
    String forecastBasis) {}
