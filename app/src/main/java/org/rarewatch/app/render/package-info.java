/**
 * Rendering foundation for the dashboard and the annual report: deterministic, accessible SVG charts
 * (JFreeChart drawn into JFreeSVG) with the data table and text description behind each one, and
 * HTML to PDF/UA conversion (openhtmltopdf) with bundled fonts and reproducible bytes.
 *
 * <p>Plain classes with no Spring or database dependency; inputs are small records, never database rows.
 * Values are proportions in [0, 1] and are shown as percentages.
 */
package org.rarewatch.app.render;
