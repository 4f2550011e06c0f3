package org.rarewatch.engine.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** A discrete distribution over values, sampled by binary search on cumulative weights. */
final class Marginal {

    private final String[] values;
    private final double[] cumulative;

    Marginal(List<String> values, List<Double> weights) {
        if (values.isEmpty() || values.size() != weights.size()) {
            throw new IllegalArgumentException("a marginal needs at least one value and one weight per value");
        }
        this.values = values.toArray(new String[0]);
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
        if (!(sum > 0)) {
            throw new IllegalArgumentException("weights must add up to more than 0");
        }
    }

    String sample(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return values[lo];
    }
}
