package org.rarewatch.engine.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rarewatch.engine.classification.group.CancerGroupTable;
import org.rarewatch.engine.registry.cube.StageCube;
import org.rarewatch.engine.registry.read.ReadResult;
import org.rarewatch.engine.synthetic.SyntheticRegistryGenerator;

/** Cubes of file chunks merge to the cube of the whole file, in any order and any grouping. */
class CubeMergeTest {

    @TempDir
    Path dir;

    @Test
    void mergeIsAssociativeAndCommutative() throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticRegistryGenerator(CancerGroupTable.current()).write(out, 20_000, 11);
        String[] lines = out.toString().split("\n");
        String header = lines[0];
        Path whole = TestFiles.write(dir, "whole.csv", out.toString());
        StageCube expected = TestFiles.read(whole).cube();
        assertThat(expected.total()).isGreaterThan(19_900);

        int parts = 5;
        List<StageCube> cubes = new ArrayList<>();
        int per = (lines.length - 1) / parts + 1;
        for (int p = 0; p < parts; p++) {
            StringBuilder sb = new StringBuilder(header).append('\n');
            for (int i = 1 + p * per; i < Math.min(lines.length, 1 + (p + 1) * per); i++) {
                sb.append(lines[i]).append('\n');
            }
            ReadResult part = TestFiles.read(TestFiles.write(dir, "part" + p + ".csv", sb.toString()));
            cubes.add(part.cube());
        }

        Random random = new Random(3);
        for (int trial = 0; trial < 5; trial++) {
            List<StageCube> order = new ArrayList<>(cubes);
            Collections.shuffle(order, random);
            StageCube leftFold = new StageCube();
            for (StageCube c : order) {
                leftFold.merge(c);
            }
            assertThat(leftFold.sameCounts(expected)).as("left fold, trial " + trial).isTrue();

            StageCube right = new StageCube().merge(order.get(3)).merge(order.get(4));
            StageCube middle = new StageCube().merge(order.get(1)).merge(order.get(2)).merge(right);
            StageCube tree = new StageCube().merge(order.get(0)).merge(middle);
            assertThat(tree.sameCounts(expected)).as("tree, trial " + trial).isTrue();
            assertThat(tree.total()).isEqualTo(expected.total());
        }
        // a different file gives a different cube: the comparison is not vacuous
        assertThat(cubes.get(0).sameCounts(expected)).isFalse();
    }
}
