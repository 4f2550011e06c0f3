package org.rarewatch.app.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rarewatch.engine.indicator.IndicatorRow;
import org.rarewatch.engine.trajectory.SuggestedStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor's decision on a suggested trajectory status, on H2 and PostgreSQL: accepted or overridden with a
 * reason, both kept, audited; bad decisions change nothing. No data is imported, so every trajectory here
 * is "cannot tell".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class TrajectoryDecisionsContract {

    @Autowired
    TrajectoryDecisionService service;
    @Autowired
    TrajectoryDecisions store;
    @Autowired
    FigureService figures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAcceptanceAndALaterOverrideAreBothKeptAndTheOverrideShows() {
        CommitmentTrajectory t = overall("NCP-03");
        assertThat(t.trajectory().suggested()).isEqualTo(SuggestedStatus.CANNOT_TELL);
        int audited = count("tracker_change");

        TrajectoryDecision accepted = service.decide("NCP-03", t.link().key(), IndicatorRow.ALL, "accepted", "", "",
                "editor-one");
        assertThat(accepted.status()).isEqualTo("cannot_tell");
        assertThat(accepted.suggested()).isEqualTo("cannot_tell");

        TrajectoryDecision overridden = service.decide("NCP-03", t.link().key(), IndicatorRow.ALL, "overridden",
                "off_track", "Every month since April 2023 is below 80%", "editor-two");
        assertThat(overridden.overridden()).isTrue();
        assertThat(overridden.reason()).isEqualTo("Every month since April 2023 is below 80%");

        List<TrajectoryDecision> all = store.all().stream().filter(d -> d.linkKey().equals(t.link().key())).toList();
        assertThat(all).extracting(TrajectoryDecision::decision).containsExactly("accepted", "overridden");
        assertThat(all).extracting(TrajectoryDecision::suggested).containsOnly("cannot_tell");
        assertThat(count("tracker_change")).isEqualTo(audited + 2);
        CommitmentTrajectory shown = overall("NCP-03");
        assertThat(shown.decision().id()).isEqualTo(overridden.id());
        assertThat(shown.statusLabel()).isEqualTo("Off track");
    }

    @Test
    void anOverrideNeedsAnotherStatusAndAReasonAndBadDecisionsStoreNothing() {
        CommitmentTrajectory t = overall("NCP-05");
        String key = t.link().key();
        int before = count("trajectory_decision");
        assertThatThrownBy(() -> service.decide("NCP-05", key, IndicatorRow.ALL, "overridden", "on_track", " ", "e"))
                .hasMessageContaining("reason");
        assertThatThrownBy(() -> service.decide("NCP-05", key, IndicatorRow.ALL, "overridden", "cannot_tell", "why", "e"))
                .hasMessageContaining("must change the suggested status");
        assertThatThrownBy(() -> service.decide("NCP-05", key, IndicatorRow.ALL, "overridden", "nearly", "why", "e"))
                .hasMessageContaining("on_track, off_track or cannot_tell");
        assertThatThrownBy(() -> service.decide("NCP-05", key, IndicatorRow.ALL, "maybe", "", "", "e"))
                .hasMessageContaining("accepted or overridden");
        assertThatThrownBy(() -> service.decide("NCP-05", "no-such-link", IndicatorRow.ALL, "accepted", "", "", "e"))
                .hasMessageContaining("has no trajectory");
        assertThatThrownBy(() -> service.decide("NCP-05", key, IndicatorRow.ALL, "overridden", "on_track",
                "x".repeat(2001), "e")).hasMessageContaining("longer than 2000");
        String sql = "'; DROP TABLE trajectory_decision; --";
        assertThatThrownBy(() -> service.decide(sql, sql, sql, "accepted", "", "", "e")).isInstanceOf(IllegalArgumentException.class);
        assertThat(count("trajectory_decision")).isEqualTo(before);
    }

    private CommitmentTrajectory overall(String commitmentId) {
        return figures.snapshot().trajectoriesOf(commitmentId).stream()
                .filter(x -> x.scope().equals(IndicatorRow.ALL)).findFirst().orElseThrow();
    }

    private int count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
    }
}
