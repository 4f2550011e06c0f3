package org.rarewatch.app.figures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.rarewatch.app.published.PublishedFigure;
import org.rarewatch.engine.indicator.IndicatorRow;

/**
 * Every public figure at one moment: the computed rows after disclosure control (registry and waiting
 * times), the published figures with their citations, and the trajectories. Identified by {@code version},
 * which changes whenever an import or an editor's decision changes anything behind it; pages and API
 * answers built from a snapshot are cached with it.
 *
 * @param registrySynthetic true when the registry figures come from a synthetic extract (the demo)
 * @param registrySource    file name and SHA-256 of the registry release, or null when none is loaded
 */
public record FigureSnapshot(String version, Instant lastModified, List<IndicatorRow> computed,
                             List<PublishedFigure> published, List<CommitmentTrajectory> trajectories,
                             boolean registrySynthetic, String registrySource, String cwtSource,
                             Map<String, Object> views) {

    public FigureSnapshot {
        computed = List.copyOf(computed);
        published = List.copyOf(published);
        trajectories = List.copyOf(trajectories);
        views = views == null ? new ConcurrentHashMap<>() : views;
    }

    /**
     * A view (page model, API body) built once per snapshot. Built outside the map's lock, since one view may
     * be made of others; two threads racing may both build it, and the first stored wins.
     */
    @SuppressWarnings("unchecked")
    public <T> T view(String key, Function<FigureSnapshot, T> build) {
        Object found = views.get(key);
        if (found == null) {
            Object built = build.apply(this);
            found = views.putIfAbsent(key, built);
            if (found == null) {
                found = built;
            }
        }
        return (T) found;
    }

    public List<CommitmentTrajectory> trajectoriesOf(String commitmentId) {
        return trajectories.stream().filter(t -> t.link().commitmentId().equals(commitmentId)).toList();
    }
}
