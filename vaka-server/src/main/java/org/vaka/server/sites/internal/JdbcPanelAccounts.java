package org.vaka.server.sites.internal;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vaka.protocol.dc09.AesKey;
import org.vaka.protocol.dc09.KeyFormat;
import org.vaka.server.sites.InvalidRegistrationException;
import org.vaka.server.sites.PanelAccount;
import org.vaka.server.sites.PanelAccountRegistration;
import org.vaka.server.sites.PanelAccountView;
import org.vaka.server.sites.PanelAccounts;

/**
 * Panel accounts in the database, mirrored in memory for the receiver's hot path. Keys are stored as
 * the hex of their bytes together with the notation they were entered in; they never leave this class
 * except inside {@link PanelAccount} for the receiver.
 */
@Service
class JdbcPanelAccounts implements PanelAccounts {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final JdbcClient jdbc;
    private final Clock clock;
    /** Account number (upper case) to the accounts registered with it, one per receiver/line pair. */
    private final Map<String, List<PanelAccount>> byNumber = new ConcurrentHashMap<>();
    private final Map<Long, PanelAccount> byId = new ConcurrentHashMap<>();
    private final BrokerLogins brokerLogins;

    JdbcPanelAccounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.brokerLogins = new BrokerLogins(jdbc);
        reload();
    }

    final void reload() {
        byNumber.clear();
        byId.clear();
        jdbc.sql(SELECT).query(this::toAccount).list().forEach(this::remember);
    }

    private static final String SELECT = """
            select a.id, a.tenant_id, a.site_id, s.name as site_name, a.account, a.receiver, a.line,
                   a.key_hex, a.key_format, a.supervision_seconds, a.broker_secret_hash, a.created_at, a.updated_at
            from panel_account a join site s on s.id = a.site_id""";

    private void remember(PanelAccount account) {
        byId.put(account.id(), account);
        byNumber.compute(account.account().toUpperCase(Locale.ROOT), (k, list) -> {
            var copy = new java.util.ArrayList<PanelAccount>(list == null ? List.of() : list);
            copy.removeIf(a -> a.id() == account.id());
            copy.add(account);
            return List.copyOf(copy);
        });
    }

    @Override
    public Optional<PanelAccount> match(String account, String receiver, String line) {
        List<PanelAccount> candidates = byNumber.get(account.toUpperCase(Locale.ROOT));
        if (candidates == null) {
            return Optional.empty();
        }
        for (PanelAccount candidate : candidates) {
            if (candidate.matches(receiver, line)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public boolean registered(String account, String receiver, String line) {
        List<PanelAccount> same = byNumber.getOrDefault(account.toUpperCase(Locale.ROOT), List.of());
        return same.stream().anyMatch(a -> a.receiver().equalsIgnoreCase(receiver == null ? "" : receiver)
                && a.line().equalsIgnoreCase(line == null ? "" : line));
    }

    @Override
    public boolean brokerLoginValid(String account, byte[] password) {
        return brokerLogins.valid(account.toUpperCase(Locale.ROOT), password);
    }

    @Override
    public Optional<PanelAccount> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    @Transactional
    public RegistrationResult register(long tenantId, PanelAccountRegistration r) {
        String account = r.account().toUpperCase(Locale.ROOT);
        String receiver = r.receiver() == null ? "" : r.receiver().toUpperCase(Locale.ROOT);
        String line = r.line() == null ? "" : r.line().toUpperCase(Locale.ROOT);
        KeyFormat format = r.keyFormat() == null ? KeyFormat.HEX : KeyFormat.valueOf(r.keyFormat().toUpperCase(Locale.ROOT));
        String keyHex = null;
        if (r.key() != null && !r.key().isEmpty()) {
            try {
                AesKey.parse(r.key(), format); // refuses a key of the wrong size or notation, saying why
            } catch (IllegalArgumentException e) {
                throw new InvalidRegistrationException("key", e.getMessage());
            }
            keyHex = format == KeyFormat.HEX ? r.key().toUpperCase(Locale.ROOT)
                    : HEX.formatHex(r.key().getBytes(StandardCharsets.ISO_8859_1));
        }
        int supervision = r.supervisionSeconds() == null ? PanelAccountRegistration.DEFAULT_SUPERVISION_SECONDS
                : r.supervisionSeconds();
        OffsetDateTime now = OffsetDateTime.now(clock);

        Optional<Long> existing = jdbc.sql("""
                select id from panel_account where account = ? and receiver = ? and line = ?""")
                .params(account, receiver, line).query(Long.class).optional();
        boolean created = existing.isEmpty();
        long id;
        if (created) {
            String siteName = r.siteName() == null || r.siteName().isBlank() ? "Panel " + account : r.siteName().strip();
            var siteKey = new GeneratedKeyHolder();
            jdbc.sql("insert into site (tenant_id, name, created_at) values (?, ?, ?)")
                    .params(tenantId, siteName, now).update(siteKey, "id");
            var accountKey = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into panel_account (tenant_id, site_id, account, receiver, line, key_hex, key_format,
                                               supervision_seconds, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(tenantId, siteKey.getKey().longValue(), account, receiver, line, keyHex,
                            keyHex == null ? null : format.name(), supervision, now, now)
                    .update(accountKey, "id");
            id = accountKey.getKey().longValue();
            brokerLogins.set(id, account, r.brokerPassword());
        } else {
            id = existing.get();
            long owner = jdbc.sql("select tenant_id from panel_account where id = ?").param(id).query(Long.class).single();
            if (owner != tenantId) {
                // Another tenant's panel: say no more than that it is taken.
                throw new InvalidRegistrationException("account", "account " + account + " is already registered");
            }
            jdbc.sql("""
                    update panel_account set key_hex = ?, key_format = ?, supervision_seconds = ?, updated_at = ?
                    where id = ?""")
                    .params(keyHex, keyHex == null ? null : format.name(), supervision, now, id).update();
            brokerLogins.set(id, account, r.brokerPassword());
            if (r.siteName() != null && !r.siteName().isBlank()) {
                jdbc.sql("update site set name = ? where id = (select site_id from panel_account where id = ?)")
                        .params(r.siteName().strip(), id).update();
            }
        }
        PanelAccount stored = jdbc.sql(SELECT + " where a.id = ?").param(id).query(this::toAccount).single();
        remember(stored);
        return new RegistrationResult(view(tenantId, id).orElseThrow(), created);
    }

    @Override
    public Optional<PanelAccountView> view(long tenantId, String account) {
        return jdbc.sql(SELECT + " where a.tenant_id = ? and a.account = ? order by a.id")
                .params(tenantId, account.toUpperCase(Locale.ROOT)).query(this::toView).list().stream().findFirst();
    }

    private Optional<PanelAccountView> view(long tenantId, long id) {
        return jdbc.sql(SELECT + " where a.tenant_id = ? and a.id = ?").params(tenantId, id).query(this::toView).optional();
    }

    @Override
    public List<PanelAccountView> list(long tenantId) {
        return jdbc.sql(SELECT + " where a.tenant_id = ? order by a.account").param(tenantId).query(this::toView).list();
    }

    private PanelAccount toAccount(ResultSet rs, int row) throws SQLException {
        String keyHex = rs.getString("key_hex");
        AesKey key = null;
        if (keyHex != null) {
            KeyFormat format = KeyFormat.valueOf(rs.getString("key_format"));
            key = format == KeyFormat.HEX ? AesKey.parse(keyHex, format)
                    : AesKey.parse(new String(HEX.parseHex(keyHex), StandardCharsets.ISO_8859_1), format);
        }
        return new PanelAccount(rs.getLong("id"), rs.getLong("tenant_id"), rs.getLong("site_id"), rs.getString("site_name"),
                rs.getString("account"), rs.getString("receiver"), rs.getString("line"), key, rs.getInt("supervision_seconds"));
    }

    private PanelAccountView toView(ResultSet rs, int row) throws SQLException {
        String keyHex = rs.getString("key_hex");
        return new PanelAccountView(rs.getLong("id"), rs.getString("account"), rs.getString("receiver"),
                rs.getString("line"), keyHex != null, keyHex == null ? null : keyHex.length() * 4,
                keyHex == null ? null : rs.getString("key_format").toLowerCase(Locale.ROOT),
                rs.getInt("supervision_seconds"), rs.getLong("site_id"), rs.getString("site_name"),
                rs.getString("broker_secret_hash") != null, instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC).toInstant();
    }
}
