package org.rarewatch.app.members;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code serve --demo}: an admin, an editor and one member account for each of two demo charities, all
 * labelled "(demo)". Passwords come from SecureRandom and are printed once on standard output. Run again
 * on the same database, nothing is duplicated: the demo accounts get NEW passwords, printed the same way
 * (so a restarted demo can always be signed into); their other data is untouched.
 */
@Component
@ConditionalOnProperty(name = "rarewatch.demo", havingValue = "true")
class DemoAccounts implements InitializingBean {

    static final String ACTOR = "demo setup";

    record DemoAccount(String username, String displayName, Role role, String organisation) {
    }

    record DemoOrganisation(String name, List<String> cancerGroups) {
    }

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            new DemoOrganisation("Sarcoma UK (demo)", List.of("Bone", "Soft tissue", "Kaposi sarcoma")),
            new DemoOrganisation("The Brain Tumour Charity (demo)", List.of("Brain")));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("demo-admin", "Demo administrator (demo)", Role.ADMIN, null),
            new DemoAccount("demo-editor", "Demo editor (demo)", Role.EDITOR, null),
            new DemoAccount("demo-sarcoma", "Sarcoma UK member (demo)", Role.MEMBER, "Sarcoma UK (demo)"),
            new DemoAccount("demo-brain", "Brain Tumour Charity member (demo)", Role.MEMBER,
                    "The Brain Tumour Charity (demo)"));

    private final AccountService service;
    private final AccountRepository repository;
    private final TransactionTemplate transaction;
    private final PrintStream out;

    DemoAccounts(AccountService service, AccountRepository repository, TransactionTemplate transaction) {
        this.service = service;
        this.repository = repository;
        this.transaction = transaction;
        this.out = System.out;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> lines = transaction.execute(status -> ensure());
        out.println("Demo accounts (passwords shown once; they change each time serve --demo starts):");
        lines.forEach(out::println);
        out.flush();
    }

    private List<String> ensure() {
        for (DemoOrganisation o : ORGANISATIONS) {
            if (repository.organisation(o.name()).isEmpty()) {
                service.createOrganisation(ACTOR, o.name(), o.cancerGroups(), true);
            }
        }
        List<String> lines = new ArrayList<>();
        for (DemoAccount a : ACCOUNTS) {
            String password = AccountService.randomPassword();
            var existing = repository.account(a.username());
            if (existing.isPresent()) {
                service.setPassword(ACTOR, existing.get().id(), password, password, "reset_demo_password");
                lines.add(String.format("  %-13s %-7s %s  (existed: new password)", a.username(), a.role().code(),
                        password));
            } else {
                Long org = a.organisation() == null ? null : repository.organisation(a.organisation()).orElseThrow().id();
                service.createAccount(ACTOR, a.username(), a.displayName(), a.role(), org, password, true);
                lines.add(String.format("  %-13s %-7s %s", a.username(), a.role().code(), password));
            }
        }
        return lines;
    }
}
