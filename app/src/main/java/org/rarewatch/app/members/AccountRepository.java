package org.rarewatch.app.members;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organisations and accounts in plain SQL. */
@Repository
public class AccountRepository {

    private static final String ACCOUNT_COLUMNS = """
            SELECT u.id, u.username, u.display_name, u.role, u.organisation_id, o.name AS organisation_name,
                   u.enabled, u.demo, u.created_at, u.password_hash
            FROM app_user u LEFT JOIN organisation o ON o.id = u.organisation_id""";

    private final JdbcClient jdbc;

    public AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AccountPrincipal> principal(String username) {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE u.username = :u").param("u", username)
                .query((rs, n) -> AccountPrincipal.of(account(rs, n), rs.getString("password_hash")))
                .optional();
    }

    public Optional<Account> account(String username) {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE u.username = :u").param("u", username)
                .query(AccountRepository::account).optional();
    }

    public Optional<Account> account(long id) {
        return jdbc.sql(ACCOUNT_COLUMNS + " WHERE u.id = :id").param("id", id)
                .query(AccountRepository::account).optional();
    }

    public List<Account> accounts() {
        return jdbc.sql(ACCOUNT_COLUMNS + " ORDER BY u.username").query(AccountRepository::account).list();
    }

    public long insertAccount(String username, String displayName, String passwordHash, Role role,
            Long organisationId, boolean demo, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, password_hash, role, organisation_id, enabled, demo,
                                      created_at)
                VALUES (:u, :d, :p, :r, :o, TRUE, :demo, :at)""")
                .param("u", username).param("d", displayName).param("p", passwordHash).param("r", role.code())
                .param("o", organisationId).param("demo", demo).param("at", at)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public void updatePassword(long accountId, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = :p WHERE id = :id")
                .param("p", passwordHash).param("id", accountId).update();
    }

    public Optional<Organisation> organisation(long id) {
        return jdbc.sql("SELECT id, name, demo FROM organisation WHERE id = :id").param("id", id)
                .query((rs, n) -> new Organisation(rs.getLong("id"), rs.getString("name"), rs.getBoolean("demo"),
                        cancerGroups(rs.getLong("id"))))
                .optional();
    }

    public Optional<Organisation> organisation(String name) {
        return jdbc.sql("SELECT id FROM organisation WHERE name = :n").param("n", name).query(Long.class).optional()
                .flatMap(this::organisation);
    }

    public List<Organisation> organisations() {
        return jdbc.sql("SELECT id FROM organisation ORDER BY name").query(Long.class).list().stream()
                .map(id -> organisation(id).orElseThrow()).toList();
    }

    public long insertOrganisation(String name, boolean demo, List<String> cancerGroups, OffsetDateTime at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, demo, created_at) VALUES (:n, :demo, :at)")
                .param("n", name).param("demo", demo).param("at", at).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String group : cancerGroups) {
            jdbc.sql("INSERT INTO organisation_cancer_group (organisation_id, cancer_group) VALUES (:id, :g)")
                    .param("id", id).param("g", group).update();
        }
        return id;
    }

    public List<String> cancerGroups(long organisationId) {
        return jdbc.sql("SELECT cancer_group FROM organisation_cancer_group WHERE organisation_id = :id "
                + "ORDER BY cancer_group").param("id", organisationId).query(String.class).list();
    }

    /** Every cancer group of the reference table, the vocabulary organisations choose from. */
    public List<String> knownCancerGroups() {
        return jdbc.sql("SELECT DISTINCT cancer_group FROM cancer_group_code ORDER BY cancer_group")
                .query(String.class).list();
    }

    private static Account account(ResultSet rs, int n) throws SQLException {
        Object org = rs.getObject("organisation_id");
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Role.fromCode(rs.getString("role")).orElseThrow(), org == null ? null : ((Number) org).longValue(),
                rs.getString("organisation_name"), rs.getBoolean("enabled"), rs.getBoolean("demo"),
                rs.getObject("created_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC));
    }
}
