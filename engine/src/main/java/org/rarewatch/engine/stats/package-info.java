/**
 * Indicator statistics, reproducing the UK reference implementation (PHEindicatormethods) where one
 * exists: Wilson intervals for proportions, exact Poisson (Ulm 1990) and Byar (Breslow &amp; Day 1987)
 * limits for counts and rates, directly standardised rates on the 2013 European Standard Population with
 * Dobson et al. (1991) limits, annual percent change and the projection of a proportion to a target date.
 * Distribution quantiles come from Apache Commons Statistics. Methods: docs/methods.md, "Statistics".
 */
package org.rarewatch.engine.stats;
