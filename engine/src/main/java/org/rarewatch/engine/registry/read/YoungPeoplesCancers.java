package org.rarewatch.engine.registry.read;

import org.rarewatch.engine.classification.aya.TyaCancerClassifier;
import org.rarewatch.engine.classification.iccc.ChildhoodCancerClassifier;

/**
 * Whether a young person's tumour is a children's cancer (ICCC-3, ages 0–14) or a teenage and young
 * adult cancer (AYA site recode 2020, ages 15–24). The recode tables load once per process.
 */
final class YoungPeoplesCancers {

    private static YoungPeoplesCancers shared;

    private final ChildhoodCancerClassifier iccc = new ChildhoodCancerClassifier();
    private final TyaCancerClassifier aya = new TyaCancerClassifier();

    static synchronized YoungPeoplesCancers shared() {
        if (shared == null) {
            shared = new YoungPeoplesCancers();
        }
        return shared;
    }

    boolean child(String site, String morphology, String behaviour) {
        return iccc.classify(site, morphology, behaviour).known();
    }

    boolean teenageOrYoungAdult(String site, String morphology, String behaviour) {
        return aya.classify(site, morphology, behaviour).known();
    }
}
