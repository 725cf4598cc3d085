/**
 * The lists the performance team keeps for risk (M8): categories and their appetite, what each
 * likelihood and impact level means, the registers, and the score bands as set for the install.
 */
package org.goldenthread.risk.admin;
