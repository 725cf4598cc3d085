/**
 * Risks over JSON (M8): risks with their scores, band, appetite flag, movement and review dates,
 * recording a review, the heat map's counts, registers, categories and the band settings.
 */
package org.goldenthread.risk.api;
