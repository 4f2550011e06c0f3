package org.rarewatch.app.render;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (Java library, greenfield parser) run in-process; returns every failed rule with its message. */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /** Failed rules as "specification clause-test: message" → number of failed checks; empty if compliant. */
    public static Map<String, Integer> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            Map<String, Integer> failed = new TreeMap<>();
            List<TestAssertion> assertions = result.getTestAssertions();
            for (TestAssertion a : assertions) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String key = a.getRuleId().getSpecification() + " " + a.getRuleId().getClause() + "-"
                            + a.getRuleId().getTestNumber() + ": " + a.getMessage();
                    failed.merge(key, 1, Integer::sum);
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.put("not compliant, job status " + result.getJobEndStatus(), 1);
            }
            return failed;
        }
    }
}
