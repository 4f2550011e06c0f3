package org.rarewatch.app.members;

import java.util.List;

/** A member charity and the cancer groups it covers (names as in the cancer-group table). */
public record Organisation(long id, String name, boolean demo, List<String> cancerGroups) {
}
