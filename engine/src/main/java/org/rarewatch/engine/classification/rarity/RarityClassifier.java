package org.rarewatch.engine.classification.rarity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * Rarity tier per cancer group from crude incidence computed from the data: the mean, over the years
 * present that have a population, of count / population × 100,000. Below 6 is rare (RARECARE).
 */
public final class RarityClassifier {

    public static final double RARE_THRESHOLD_PER_100K = 6.0;
    public static final String DEFINITION = "RARECARE crude incidence < 6 per 100,000 per year";

    private final PopulationTable population;

    public RarityClassifier(PopulationTable population) {
        this.population = population;
    }

    /**
     * @param countsByGroupAndYear tumours in scope (C00–C97 excluding C44) per group and diagnosis year
     * @param bigFour              which groups are big four
     */
    public Map<String, Result> classify(Map<String, Map<Integer, Long>> countsByGroupAndYear, Predicate<String> bigFour) {
        Map<String, Result> results = new LinkedHashMap<>();
        countsByGroupAndYear.forEach((group, byYear) -> {
            double sumRates = 0;
            int years = 0;
            for (Map.Entry<Integer, Long> e : byYear.entrySet()) {
                OptionalLong pop = population.population(e.getKey());
                if (pop.isPresent() && pop.getAsLong() > 0) {
                    sumRates += e.getValue() * 100_000.0 / pop.getAsLong();
                    years++;
                }
            }
            Double rate = years == 0 ? null : sumRates / years;
            RarityTier tier;
            if (bigFour.test(group)) {
                tier = RarityTier.BIG_FOUR;
            } else if (rate == null) {
                tier = RarityTier.UNKNOWN;
            } else {
                tier = rate < RARE_THRESHOLD_PER_100K ? RarityTier.RARE : RarityTier.LESS_COMMON;
            }
            results.put(group, new Result(tier, rate, years));
        });
        return results;
    }

    /** The tier with the crude rate it came from and how many years it averages. */
    public record Result(RarityTier tier, Double crudeRatePer100k, int yearsWithPopulation) {
    }
}
