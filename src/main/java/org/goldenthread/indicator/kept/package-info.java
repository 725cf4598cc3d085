/**
 * Figures kept, not recomputed (M12): what each indicator shows on a scorecard of a period, kept in
 * the database while the indicator's stamp is unchanged, and the scorecard paged, sorted and
 * filtered over them in SQL. Every write that can change what an indicator shows bumps its stamp in
 * the same transaction ({@link org.goldenthread.indicator.kept.FigureWrites}). Reports and home
 * pages read their lines' marks from here ({@link org.goldenthread.indicator.kept.KeptMarks}).
 */
@NamedInterface("kept")
package org.goldenthread.indicator.kept;

import org.springframework.modulith.NamedInterface;
