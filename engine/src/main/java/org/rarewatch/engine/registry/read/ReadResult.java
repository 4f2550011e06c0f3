package org.rarewatch.engine.registry.read;

import java.util.List;
import org.rarewatch.engine.registry.cube.StageCube;

/**
 * What a read produced: the cube of counted rows, the rejects, and facts about the file.
 *
 * @param rowsRead     data rows seen (counted + rejected; blank lines are not rows)
 * @param routePresent whether the layout has a route-to-diagnosis column
 */
public record ReadResult(String file, List<String> header, StageCube cube, long rowsRead, Rejects rejects,
        boolean routePresent) {
}
