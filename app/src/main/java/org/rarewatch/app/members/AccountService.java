package org.rarewatch.app.members;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rarewatch.engine.io.InputProblem;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations, accounts and passwords; every change is written to the audit log. */
@Service
public class AccountService {

    static final int MIN_PASSWORD = 12;
    static final int MAX_PASSWORD = 200;
    private static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,99}";
    private static final char[] PASSWORD_ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository repository;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;

    public AccountService(AccountRepository repository, PasswordEncoder encoder, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organisation createOrganisation(String actor, String name, List<String> cancerGroups, boolean demo) {
        List<InputProblem> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 200) {
            problems.add(problem("name", n, "is required (at most 200 characters)"));
        } else if (repository.organisation(n).isPresent()) {
            problems.add(problem("name", n, "an organisation of this name exists"));
        }
        List<String> known = repository.knownCancerGroups();
        List<String> groups = cancerGroups == null ? List.of()
                : cancerGroups.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (groups.isEmpty()) {
            problems.add(problem("cancerGroups", "", "choose at least one cancer group"));
        }
        groups.stream().filter(g -> !known.contains(g))
                .forEach(g -> problems.add(problem("cancerGroups", g, "is not a cancer group of the reference table")));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertOrganisation(n, demo, groups, now());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("name", n);
        after.put("cancerGroups", groups);
        after.put("demo", demo);
        audit.record(actor, "organisation", "organisation/" + id, "create", null, after);
        return repository.organisation(id).orElseThrow();
    }

    /** A new account; {@code password} may be null for an invited account that sets it later. */
    @Transactional
    public Account createAccount(String actor, String username, String displayName, Role role, Long organisationId,
            String password, boolean demo) {
        List<InputProblem> problems = new ArrayList<>();
        String u = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        if (!u.matches(USERNAME)) {
            problems.add(problem("username", u, "3 to 100 characters: lower-case letters, digits, dot, dash, underscore"));
        } else if (repository.account(u).isPresent()) {
            problems.add(problem("username", u, "is taken"));
        }
        String d = displayName == null ? "" : displayName.strip();
        if (d.isEmpty() || d.length() > 200) {
            problems.add(problem("displayName", d, "is required (at most 200 characters)"));
        }
        if (role == null) {
            problems.add(problem("role", "", "must be admin, editor or member"));
        } else if ((role == Role.MEMBER) != (organisationId != null)) {
            problems.add(problem("organisation", String.valueOf(organisationId),
                    "members belong to one organisation; editors and admins to none"));
        } else if (organisationId != null && repository.organisation(organisationId).isEmpty()) {
            problems.add(problem("organisation", String.valueOf(organisationId), "no such organisation"));
        }
        if (password != null) {
            passwordProblems(password, password).forEach(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repository.insertAccount(u, d, password == null ? null : encoder.encode(password), role,
                organisationId, demo, now());
        Account account = repository.account(id).orElseThrow();
        audit.record(actor, "account", "account/" + u, "create", null, describe(account));
        return account;
    }

    /** Changes the password of a signed-in account, which must give its current password. */
    @Transactional
    public void changePassword(String username, String current, String next, String confirm) {
        AccountPrincipal stored = repository.principal(username)
                .orElseThrow(() -> new InvalidInputException(List.of(problem("username", username, "no such account"))));
        List<InputProblem> problems = new ArrayList<>();
        if (current == null || stored.getPassword() == null || !encoder.matches(current, stored.getPassword())) {
            problems.add(problem("currentPassword", "", "is not your current password"));
        }
        problems.addAll(passwordProblems(next, confirm));
        if (problems.isEmpty() && next.equals(current)) {
            problems.add(problem("newPassword", "", "must differ from the current password"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.updatePassword(stored.id(), encoder.encode(next));
        audit.record(username, "account", "account/" + username, "change_password", null, Map.of("password", "changed"));
    }

    /** Sets a password without asking for the old one (invitation acceptance, demo reset). */
    @Transactional
    public void setPassword(String actor, long accountId, String password, String confirm, String action) {
        List<InputProblem> problems = passwordProblems(password, confirm);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Account account = repository.account(accountId).orElseThrow();
        repository.updatePassword(accountId, encoder.encode(password));
        audit.record(actor, "account", "account/" + account.username(), action, null, Map.of("password", "set"));
    }

    /** Throws when a new password is unacceptable (length, confirmation). */
    public void checkNewPassword(String password, String confirm) {
        List<InputProblem> problems = passwordProblems(password, confirm);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A random password from an unambiguous alphabet (about 117 bits for 20 characters). */
    public static String randomPassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(PASSWORD_ALPHABET[RANDOM.nextInt(PASSWORD_ALPHABET.length)]);
        }
        return s.toString();
    }

    static Map<String, Object> describe(Account a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", a.username());
        m.put("displayName", a.displayName());
        m.put("role", a.role().code());
        m.put("organisation", a.organisationName());
        m.put("enabled", a.enabled());
        return m;
    }

    private static List<InputProblem> passwordProblems(String password, String confirm) {
        List<InputProblem> problems = new ArrayList<>();
        if (password == null || password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            problems.add(problem("newPassword", "", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters"));
        } else if (!password.equals(confirm)) {
            problems.add(problem("confirmPassword", "", "does not match the new password"));
        }
        return problems;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS).withOffsetSameInstant(ZoneOffset.UTC);
    }

    static InputProblem problem(String field, String value, String reason) {
        return new InputProblem("request", 0, field, value == null ? "" : value, reason);
    }
}
