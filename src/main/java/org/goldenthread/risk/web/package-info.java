/**
 * The risk pages: the overview of the registers a person reads, each register, each risk with its
 * score chart and history, and the forms that open, change, review, escalate and close risks and
 * keep their controls.
 */
package org.goldenthread.risk.web;
