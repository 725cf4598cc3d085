/** The risks linked to an indicator or action, shown on their pages ("related risks", SPEC §7). */
package org.goldenthread.risk.related;
