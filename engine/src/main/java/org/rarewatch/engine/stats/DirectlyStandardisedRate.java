package org.rarewatch.engine.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Directly age-standardised rate (DSR) with Dobson et al. confidence limits, as PHEindicatormethods
 * ({@code calculate_dsr}) and the Fingertips technical guidance compute it.
 *
 * <p>With strata i (age bands), events x<sub>i</sub>, population n<sub>i</sub>, standard weight
 * w<sub>i</sub> and O = &Sigma;x<sub>i</sub>:
 *
 * <pre>
 *   DSR   = &Sigma;(x_i w_i / n_i) / &Sigma;w_i                    x multiplier
 *   var   = &Sigma;(x_i (w_i / n_i)^2) / (&Sigma;w_i)^2
 *   limit = DSR + sqrt(var / O) (Byar_limit(O) - O)              x multiplier
 * </pre>
 *
 * (Dobson, Kuulasmaa, Eberle &amp; Scherer 1991, "Confidence intervals for weighted sums of Poisson
 * parameters", Stat Med 10:457-462; Byar limits from Breslow &amp; Day 1987, see {@link Byar}.) As in the
 * reference implementation, the value and limits are not calculated (null) when O &lt; 10: the result
 * then carries {@link #NOT_CALCULATED}.
 */
public final class DirectlyStandardisedRate {

    public static final String METHOD = "Dobson";
    public static final double MINIMUM_TOTAL_COUNT = 10;
    /** Flag on a result whose value is blank because the total count is below 10. */
    public static final String NOT_CALCULATED = "dsr_not_calculated_total_count_below_10";

    private DirectlyStandardisedRate() {
    }

    /** One age band: events, population at risk, and the standard population weight of the band. */
    public record Stratum(String ageBand, double count, double population, double standardWeight) {
    }

    /** Events and population of one age band, to be joined to a standard population by its label. */
    public record AgeCount(String ageBand, double count, double population) {
    }

    /**
     * @param value null when the total count is below 10 (see {@code flags})
     */
    public record Result(double totalCount, double totalPopulation, Double value, Double lower, Double upper,
                         double multiplier, Confidence confidence, String standard, String method,
                         List<String> flags) {
        public Result {
            flags = List.copyOf(flags);
        }
    }

    /**
     * DSR on a bundled standard population: every band of the standard must appear exactly once (a band
     * with no events is given with count 0), so counts can never be joined to the wrong weights.
     */
    public static Result calculate(StandardPopulation standard, List<AgeCount> counts, double multiplier,
                                   Confidence confidence) {
        Set<String> seen = new HashSet<>();
        List<Stratum> strata = new ArrayList<>();
        for (AgeCount count : counts) {
            StandardPopulation.Band band = standard.band(count.ageBand());
            if (!seen.add(band.label())) {
                throw new IllegalArgumentException("age band '" + band.label() + "' given twice");
            }
            strata.add(new Stratum(band.label(), count.count(), count.population(), band.weight()));
        }
        List<String> missing = standard.bands().stream().map(StandardPopulation.Band::label)
                .filter(label -> !seen.contains(label)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no count/population given for " + standard.version()
                    + " age bands " + missing + " (give 0 events for an empty band)");
        }
        return calculate(strata, multiplier, confidence, standard.version());
    }

    /** DSR with explicit weights per stratum; {@code standard} names the standard population used. */
    public static Result calculate(List<Stratum> strata, double multiplier, Confidence confidence, String standard) {
        if (strata.isEmpty()) {
            throw new IllegalArgumentException("a directly standardised rate needs at least one age band");
        }
        if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be a positive number, got " + multiplier);
        }
        double observed = 0;
        double population = 0;
        double weightSum = 0;
        double weightedRate = 0;
        double variance = 0;
        for (Stratum s : strata) {
            if (!(s.count() >= 0) || Double.isInfinite(s.count())) {
                throw new IllegalArgumentException("count for age band " + s.ageBand() + " must be >= 0, got " + s.count());
            }
            if (!(s.population() > 0) || Double.isInfinite(s.population())) {
                throw new IllegalArgumentException("population for age band " + s.ageBand()
                        + " must be a positive number, got " + s.population());
            }
            if (!(s.standardWeight() >= 0) || Double.isInfinite(s.standardWeight())) {
                throw new IllegalArgumentException("standard weight for age band " + s.ageBand()
                        + " must be >= 0, got " + s.standardWeight());
            }
            double ratio = s.standardWeight() / s.population();
            observed += s.count();
            population += s.population();
            weightSum += s.standardWeight();
            weightedRate += s.count() * ratio;
            variance += s.count() * ratio * ratio;
        }
        if (!(weightSum > 0)) {
            throw new IllegalArgumentException("standard weights sum to 0");
        }
        if (observed < MINIMUM_TOTAL_COUNT) {
            return new Result(observed, population, null, null, null, multiplier, confidence, standard, METHOD,
                    List.of(NOT_CALCULATED));
        }
        double dsr = weightedRate / weightSum;
        variance /= weightSum * weightSum;
        double scale = Math.sqrt(variance / observed);
        double lower = dsr + scale * (Byar.lower(observed, confidence) - observed);
        double upper = dsr + scale * (Byar.upper(observed, confidence) - observed);
        return new Result(observed, population, dsr * multiplier, lower * multiplier, upper * multiplier, multiplier,
                confidence, standard, METHOD, List.of());
    }
}
