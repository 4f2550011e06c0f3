package org.rarewatch.app.catalogue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** Read side of the catalogue for pages and the API. */
@Service
public class CatalogueService {

    private final CatalogueRepository repository;

    public CatalogueService(CatalogueRepository repository) {
        this.repository = repository;
    }

    /** Plans in catalogue order, each with its commitments in catalogue order. */
    public List<PlanWithCommitments> plansWithCommitments() {
        Map<String, List<Commitment>> byPlan = repository.commitments().stream()
                .collect(Collectors.groupingBy(Commitment::planId));
        return repository.plans().stream()
                .map(plan -> new PlanWithCommitments(plan, byPlan.getOrDefault(plan.id(), List.of())))
                .toList();
    }

    public record PlanWithCommitments(Plan plan, List<Commitment> commitments) {
    }
}
