package org.rarewatch.app.tracker;

/**
 * A recommendation's identity across editions. {@code origin} is "alliance" (made by the alliance) or
 * "carried_forward" (taken over from an earlier plan, {@code originPlanId}, item {@code originRef}).
 */
public record Recommendation(String id, String origin, String originPlanId, String originRef, int firstEdition) {

    public static final String ALLIANCE = "alliance";
    public static final String CARRIED_FORWARD = "carried_forward";
}
