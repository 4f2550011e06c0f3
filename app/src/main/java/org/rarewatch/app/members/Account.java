package org.rarewatch.app.members;

import java.time.OffsetDateTime;

/** A stored account (without its password hash). {@code organisationId} is set for members only. */
public record Account(long id, String username, String displayName, Role role, Long organisationId,
        String organisationName, boolean enabled, boolean demo, OffsetDateTime createdAt) {
}
