/**
 * The ladder the performance team keeps (SPEC §8, M10): its rules listed, and a rule changed (name,
 * counts, the signal, who acts, by when), every indicator and action then evaluated again.
 */
package org.goldenthread.intervention.admin;
