package org.rarewatch.app.members;

import java.util.Arrays;
import java.util.Optional;

/** One role per account. Anonymous visitors have no account; they may read every public page. */
public enum Role {
    ADMIN("admin", "Administrator"),
    EDITOR("editor", "Editor"),
    MEMBER("member", "Member organisation");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The Spring Security authority, e.g. {@code ROLE_EDITOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
