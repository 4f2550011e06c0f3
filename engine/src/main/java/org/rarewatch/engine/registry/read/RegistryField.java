package org.rarewatch.engine.registry.read;

/** The fields the engine reads from a record-level extract; the rest of a row is never kept. */
public enum RegistryField {
    DIAGNOSIS_DATE(true),
    SITE_ICD10(true),
    AGE(true),
    SEX(true),
    STAGE(true),
    STAGE_SYSTEM(false),
    MORPHOLOGY(false),
    BEHAVIOUR(false),
    ROUTE(false);

    private final boolean required;

    RegistryField(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }

    /** The name used in {@code --map field=COLUMN}: lower case with hyphens, e.g. {@code diagnosis-date}. */
    public String optionName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
