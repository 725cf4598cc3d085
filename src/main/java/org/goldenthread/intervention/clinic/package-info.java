/**
 * Performance clinics (SPEC §8, M10): a meeting of a body whose agenda is drawn up from the
 * interventions due at the next clinic and items chosen by hand; for each item the challenge raised
 * and its outcomes (one of which, more frequent monitoring, changes an indicator's collection
 * frequency from then on); the good performance recognised; the notes for the minutes. The
 * recognitions are named here for the reports' "good news" section ({@link
 * org.goldenthread.intervention.clinic.GoodNews}).
 */
@NamedInterface("clinic")
package org.goldenthread.intervention.clinic;

import org.springframework.modulith.NamedInterface;
