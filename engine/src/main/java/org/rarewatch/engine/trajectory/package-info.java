/**
 * A commitment's trajectory to its target: trend, projection and suggested status from a series of
 * proportions ({@link org.rarewatch.engine.trajectory.TrajectoryCalculator}). Builds on the statistics in
 * {@code org.rarewatch.engine.stats}. Method: docs/methods.md, "Trajectories".
 */
package org.rarewatch.engine.trajectory;
