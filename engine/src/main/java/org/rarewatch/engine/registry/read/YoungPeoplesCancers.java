package org.rarewatch.engine.registry.read;

import java.util.concurrent.ConcurrentHashMap;
import org.rarewatch.engine.classification.aya.TyaCancerClassifier;
import org.rarewatch.engine.classification.iccc.ChildhoodCancerClassifier;

/**
 * Whether a young person's tumour is a children's cancer (ICCC-3, ages 0–14) or a teenage and young
 * adult cancer (AYA site recode 2020, ages 15–24). The recode tables load on first use, and each
 * distinct site/morphology/behaviour combination is classified once per process.
 */
final class YoungPeoplesCancers {

    private static final YoungPeoplesCancers SHARED = new YoungPeoplesCancers();

    private volatile ChildhoodCancerClassifier iccc;
    private volatile TyaCancerClassifier aya;
    private final ConcurrentHashMap<String, Boolean> known = new ConcurrentHashMap<>();

    static YoungPeoplesCancers shared() {
        return SHARED;
    }

    /** Loads both recode tables on a background thread, so that the load overlaps with reading. */
    void warmUpInBackground() {
        Thread t = new Thread(() -> {
            iccc();
            aya();
        }, "recode-tables");
        t.setDaemon(true);
        t.start();
    }

    boolean classified(String site, String morphology, String behaviour, boolean child) {
        String key = site + '|' + morphology + '|' + behaviour + (child ? "|c" : "|t");
        return known.computeIfAbsent(key, k -> child
                ? iccc().classify(site, morphology, behaviour).known()
                : aya().classify(site, morphology, behaviour).known());
    }

    private ChildhoodCancerClassifier iccc() {
        if (iccc == null) {
            synchronized (this) {
                if (iccc == null) {
                    iccc = new ChildhoodCancerClassifier();
                }
            }
        }
        return iccc;
    }

    private TyaCancerClassifier aya() {
        if (aya == null) {
            synchronized (this) {
                if (aya == null) {
                    aya = new TyaCancerClassifier();
                }
            }
        }
        return aya;
    }
}
