package org.rarewatch.app.waitingtimes;

import java.time.YearMonth;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param alreadyImported the same bytes (SHA-256) were already on record, so nothing changed
 * @param replacedMonths  months for which this release superseded an older one
 * @param outrankedMonths months for which an existing release stays current (e.g. a final one)
 */
public record ImportOutcome(String fileName, String sha256, boolean alreadyImported, long rows, YearMonth from,
                            YearMonth to, ReleaseStatus status, List<YearMonth> replacedMonths,
                            List<YearMonth> outrankedMonths) {

    public String describe() {
        if (alreadyImported) {
            return fileName + ": already imported (SHA-256 " + sha256.substring(0, 12) + "); nothing changed";
        }
        StringBuilder sb = new StringBuilder(fileName).append(": imported ").append(rows).append(" rows, ")
                .append(from).append(from.equals(to) ? "" : " to " + to).append(", ").append(status.code())
                .append(" (SHA-256 ").append(sha256, 0, 12).append(')');
        if (!replacedMonths.isEmpty()) {
            sb.append("; supersedes an earlier release for ").append(replacedMonths.size()).append(" month(s)");
        }
        if (!outrankedMonths.isEmpty()) {
            sb.append("; a final release stays current for ").append(outrankedMonths.size()).append(" month(s)");
        }
        return sb.toString();
    }
}
