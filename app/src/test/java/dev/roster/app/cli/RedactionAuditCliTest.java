package dev.roster.app.cli;

import static dev.roster.app.cli.AuditTarget.map;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSimpleBindRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.app.audit.ProductLog;
import dev.roster.app.audit.SecretScanner;
import dev.roster.app.service.secret.KeychainSecretStore;
import dev.roster.app.service.secret.SecretStore;
import dev.roster.connectors.fakes.GoogleFake;
import dev.roster.connectors.fakes.GraphFake;
import dev.roster.connectors.fakes.OktaFake;
import dev.roster.connectors.fakes.ReflectingFake;
import dev.roster.connectors.fakes.ScimFake;
import dev.roster.connectors.fakes.TrutoFake;
import dev.roster.connectors.ldap.EmbeddedLdap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The redaction audit of the command line (issue 15): a unique secret planted in a connection of every type
 * (env:VAR, and the real keychain where the run has one), every command in every format, every error path
 * the fakes can provoke (the provider's own 401, 404, 409, validation, a bad cursor; a server that echoes
 * the request, Authorization included, in 401/403/404/409/429/500 answers; a dropped connection; a TLS
 * failure), then every place the product wrote searched for the secret in all its encodings
 * ({@link SecretScanner}): stdout and stderr of every run, the log file, the activity log, the exports, the
 * connections file and the whole home. Each run's outputs are checked non-empty and the operations
 * successful where they should be, so a zero count means the secret was looked for where it could have been.
 *
 * <p>To add a path: append a {@link Step} to {@link #steps()} (it runs for every type), or a target to
 * {@link #targets()}; see docs/security/redaction-audit.md.
 */
@Timeout(600)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedactionAuditCliTest {
    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    @TempDir
    static Path root;
    private OktaFake okta;
    private ScimFake scim;
    private GraphFake graph;
    private GoogleFake google;
    private TrutoFake truto;
    private EmbeddedLdap ldap;
    private ReflectingFake reflector;
    private ProductLog log;
    private SecretStore keychain;

    /** The bind DN whose failed binds the server answers with the password in its diagnostic (a careless server). */
    static final String ECHO_DN = "cn=echo,ou=Services," + EmbeddedLdap.BASE;

    @BeforeAll
    void startEverything() {
        okta = OktaFake.start(4, 4);
        scim = ScimFake.start(4, 4);
        graph = GraphFake.start(4, 4);
        google = GoogleFake.start(4, 4);
        truto = TrutoFake.start(4, 4);
        ldap = EmbeddedLdap.start(4, 4, new InMemoryOperationInterceptor() {
            @Override
            public void processSimpleBindRequest(InMemoryInterceptedSimpleBindRequest request) throws LDAPException {
                if (request.getRequest().getBindDN().equalsIgnoreCase(ECHO_DN)) {
                    throw new LDAPException(ResultCode.INVALID_CREDENTIALS, "invalid credentials for " + ECHO_DN + " with password '"
                            + request.getRequest().getPassword().stringValue() + "'");
                }
            }
        });
        reflector = ReflectingFake.start();
        log = ProductLog.to(root.resolve("logs"));
        SecretStore system = KeychainSecretStore.system();
        keychain = system.available() ? system : null;
    }

    @AfterAll
    void stopEverything() {
        for (AutoCloseable c : new AutoCloseable[] {log, okta, scim, graph, google, truto, ldap, reflector}) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    private static String planted(String kind) {
        // characters that every encoding changes: + / = & and a space-free tail that stays unique
        return kind + "-AUDIT+/=&~" + UUID.randomUUID().toString().replace("-", "");
    }

    /** Every connection type, each with its planted secrets. */
    List<AuditTarget> targets() throws Exception {
        List<AuditTarget> all = new ArrayList<>();
        String oktaToken = "00" + planted("okta");
        okta.acceptToken(oktaToken);
        all.add(new AuditTarget("okta", "okta", map("base_url", okta.baseUrl()), "token", oktaToken, false,
                new AuditTarget.Wrong(map(), "00" + planted("okta-wrong")),
                new AuditTarget.Reflected(map("base_url", ""), "trusted_certificates", map(), "token", oktaToken),
                "00gnosuchgroup0000000", map()));

        String scimToken = planted("scim");
        scim.acceptToken(scimToken);
        all.add(new AuditTarget("scim-" + SUFFIX, "scim", map("base_url", scim.baseUrl()), "token", scimToken, true,
                new AuditTarget.Wrong(map(), planted("scim-wrong")),
                new AuditTarget.Reflected(map("base_url", ScimFake.BASE_PATH), "trusted_certificates", map(), "token", scimToken),
                UUID.randomUUID().toString(), map()));

        String clientId = UUID.randomUUID().toString();
        String clientSecret = planted("entra");
        graph.registerClient(clientId, clientSecret, true);
        Map<String, String> entra = graph.values();
        entra.put("client_id", clientId);
        all.add(new AuditTarget("entra", "entra", entra, "client_secret", clientSecret, false,
                new AuditTarget.Wrong(map(), planted("entra-wrong")),
                new AuditTarget.Reflected(map("authority", "", "graph_url", "/v1.0"), "trusted_certificates", map(), "client_secret",
                        clientSecret),
                UUID.randomUUID().toString(), map()));

        Path keys = Files.createDirectories(root.resolve("keys"));
        Path keyFile = google.writeKeyFile(keys.resolve("service-account.json"));
        Path unknownKey = google.writeUnknownKeyFile(keys.resolve("unknown.json"));
        String googleToken = "ya29." + planted("google-token");
        all.add(new AuditTarget("google", "google", map("service_account_key_file", keyFile.toString(), "subject", GoogleFake.ADMIN,
                "base_url", google.baseUrl()), null, null, false,
                new AuditTarget.Wrong(map("service_account_key_file", unknownKey.toString()), null),
                new AuditTarget.Reflected(map("base_url", ""), "trusted_certificates", map("auth", "token"), "token", googleToken),
                "nosuchgroup@example.com",
                map("google private key", privateKeyLine(keyFile), "google unknown private key", privateKeyLine(unknownKey))));

        String trutoToken = planted("truto");
        truto.acceptToken(trutoToken);
        all.add(new AuditTarget("truto-" + SUFFIX, "truto", map("base_url", truto.baseUrl(), "integrated_account_id", TrutoFake.ACCOUNT),
                "token", trutoToken, true,
                new AuditTarget.Wrong(map(), planted("truto-wrong")),
                new AuditTarget.Reflected(map("base_url", ""), "trusted_certificates", map(), "token", trutoToken),
                "nosuchgroup", map()));

        Map<String, String> ldapSettings = map("url", ldap.url(), "bind_dn", EmbeddedLdap.WRITER, "base_dn", EmbeddedLdap.BASE,
                "group_base", EmbeddedLdap.GROUPS, "user_base", EmbeddedLdap.PEOPLE);
        all.add(new AuditTarget("ldap-" + SUFFIX, "ldap", ldapSettings, "bind_password", ldap.writerPassword(), true,
                // a careless server's diagnostic repeats the (wrong) password of a failed bind
                new AuditTarget.Wrong(map("bind_dn", ECHO_DN), "Wr0ng\"pa\\ss " + planted("ldap-wrong")),
                null, "cn=No Such Group," + EmbeddedLdap.GROUPS, map()));

        all.add(new AuditTarget("sandbox", "sandbox", map(), null, null, false, null, null,
                "cn=No Such Group,ou=Groups,dc=example,dc=com", map()));
        return all;
    }

    /** A line of the key's PEM body: it stands in every form the key file or its JSON could leak as. */
    private static String privateKeyLine(Path keyFile) throws Exception {
        JsonNode key = dev.roster.connectors.model.Json.mapper().readTree(Files.readString(keyFile));
        String[] lines = key.get("private_key").asText().split("\n");
        return lines[lines.length / 2];
    }

    /** One operation of the audit; runs for every target, on {@link Audit}, which records what it printed. */
    record Step(String name, java.util.function.Consumer<Audit> body) {
    }

    /**
     * Every command and error path, in order (later steps use the ids earlier ones found). Append here to
     * audit a new path; {@link Audit#ok} expects success, {@link Audit#fails} a refusal with an error on stderr.
     */
    static List<Step> steps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("connections list and test", a -> {
            a.ok("connections", "list");
            a.ok("connections", "test", a.name);
            a.ok("capabilities", "-c", a.name);
        }));
        steps.add(new Step("list in every format", a -> {
            for (String format : a.light() ? List.of("unified", "raw", "debug") : List.of("unified", "normalized", "raw", "debug")) {
                JsonNode page = a.ok("groups", "list", "-c", a.name, "--limit", "2", "--format", format).json();
                if (format.equals("unified")) {
                    a.groupId = page.at("/result/0/id").asText();
                    a.cursor = page.path("next_cursor").isTextual() ? page.get("next_cursor").asText() : null;
                }
                a.ok("users", "list", "-c", a.name, "--limit", "2", "--format", format);
            }
            a.ok("groups", "list", "-c", a.name, "--all", "--limit", a.walkPage(), "--format", "stream");
            if (!a.light()) {
                a.ok("users", "list", "-c", a.name, "--all", "--limit", a.walkPage(), "--format", "stream");
                a.ok("groups", "list", "-c", a.name, "--all", "--limit", a.walkPage(), "--format", "debug");
            }
        }));
        steps.add(new Step("get and members", a -> {
            assertThat(a.groupId).as("a group was listed").isNotBlank();
            a.ok("groups", "get", "-c", a.name, a.groupId);
            a.ok("users", "list", "-c", a.name, "--group-id", a.groupId, "--format", "debug");
            if (a.cursor != null) {
                a.ok("groups", "list", "-c", a.name, "--limit", "2", "--cursor", a.cursor, "--format", "debug");
            }
        }));
        steps.add(new Step("writes", a -> {
            List<String> create = new ArrayList<>(List.of("groups", "create", "-c", a.name, "--name", "Audit Team " + a.target.type()));
            if (a.target.type().equals("google")) {
                create.addAll(List.of("--remote-data", "{\"email\":\"audit-team@example.com\"}"));
            }
            String group = a.ok(create.toArray(String[]::new)).json().get("id").asText();
            String user = a.ok("users", "create", "-c", a.name, "--json", a.userFile(false).toString()).json().get("id").asText();
            a.ok("groups", "add-member", "-c", a.name, "--group-id", group, "--user-id", user);
            a.fails("groups", "add-member", "-c", a.name, "--group-id", group, "--user-id", user);
            a.ok("users", "list", "-c", a.name, "--group-id", group, "--format", "debug");
            a.ok("groups", "remove-member", "-c", a.name, "--group-id", group, "--user-id", user, "--yes");
        }));
        steps.add(new Step("refusals and validation", a -> {
            a.fails("groups", "get", "-c", a.name, a.target.missingGroupId());
            a.fails("groups", "list", "-c", a.name, "--cursor", "not-a-cursor");
            a.fails("users", "create", "-c", a.name, "--json", a.userFile(true).toString());
            a.fails("groups", "list", "-c", a.name, "--param", "no_such_parameter=1");
        }));
        steps.add(new Step("exports", a -> {
            for (String ext : List.of("csv", "json", "ndjson")) {
                // members of the Sandbox's 250 groups are one search each: the LDAP target covers --members there
                a.ok(a.light() ? new String[] {"export", "groups", "-c", a.name, "--to", a.exports.resolve("groups." + ext).toString()}
                        : new String[] {"export", "groups", "-c", a.name, "--to", a.exports.resolve("groups." + ext).toString(), "--members"});
            }
        }));
        steps.add(new Step("a wrong secret", a -> {
            if (a.target.wrong() != null) {
                a.addWrong();
                a.fails("connections", "test", a.name + "-wrong");
                a.fails("groups", "list", "-c", a.name + "-wrong", "--format", "debug");
            }
        }));
        steps.add(new Step("a server that echoes the request", a -> {
            if (a.target.reflected() != null) {
                a.addReflected("-echo", true);
                for (int status : new int[] {401, 403, 404, 409, 429, 500}) {
                    a.reflector.answer(status);
                    a.fails("groups", "list", "-c", a.name + "-echo", "--format", "debug");
                    a.fails("groups", "create", "-c", a.name + "-echo", "--name", "Echo " + status);
                    a.fails("groups", "add-member", "-c", a.name + "-echo", "--group-id", "g1", "--user-id", "u1");
                }
                a.fails("connections", "test", a.name + "-echo");
                a.reflector.reset();
                a.fails("groups", "list", "-c", a.name + "-echo", "--format", "debug");
                a.reflector.answer(500);
            }
        }));
        steps.add(new Step("a TLS failure", a -> {
            if (a.target.reflected() != null) {
                a.addReflected("-tls", false);
                a.fails("groups", "list", "-c", a.name + "-tls");
                a.fails("connections", "test", a.name + "-tls");
            } else if (a.target.type().equals("ldap")) {
                a.addLdap("-tls", a.target.settings().get("url").replace("ldap://", "ldaps://"));
                a.fails("groups", "list", "-c", a.name + "-tls");
                // an LDAP client talking to an HTTP server: the answer is garbage and the connection drops
                a.addLdap("-dropped", a.reflector.httpUrl().replace("http://", "ldap://"));
                a.fails("groups", "list", "-c", a.name + "-dropped");
            }
        }));
        steps.add(new Step("remove the connection (and its keychain secret)", a -> {
            a.ok("connections", "remove", a.name);
        }));
        return steps;
    }

    Stream<AuditTarget> audited() throws Exception {
        return targets().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("audited")
    void noSecretLeavesAnyCommand(AuditTarget target) throws Exception {
        Path home = Files.createDirectories(root.resolve("home-" + target.type()));
        Audit audit = new Audit(target, home, Files.createDirectories(root.resolve("exports-" + target.type())), reflector,
                keychain);
        audit.addConnection();
        if (target.type().equals("sandbox")) {
            audit.ok("groups", "list", "-c", "sandbox", "--limit", "1"); // seeds it: its password exists from here on
        }
        for (Step step : steps()) {
            if (target.type().equals("sandbox") && step.name().startsWith("remove")) {
                continue; // the Sandbox connection is every home's; its password file stays by design
            }
            audit.step = step.name();
            step.body().accept(audit);
        }

        SecretScanner scanner = new SecretScanner();
        if (target.secret() != null) {
            scanner.secret(target.type() + " " + target.secretKey(), target.secret());
        }
        if (target.wrong() != null && target.wrong().secret() != null) {
            scanner.secret(target.type() + " wrong " + target.secretKey(), target.wrong().secret());
        }
        if (target.reflected() != null && !target.reflected().secret().equals(target.secret())) {
            scanner.secret(target.type() + " reflected " + target.reflected().secretKey(), target.reflected().secret());
        }
        target.planted().forEach(scanner::secret);
        scanner.secret("a new user's password", Audit.USER_PASSWORD);
        Path sandboxPassword = null;
        if (target.type().equals("sandbox")) {
            sandboxPassword = findFile(home, "bind-password");
            scanner.secret("the Sandbox bind password", Files.readString(sandboxPassword, StandardCharsets.UTF_8).strip());
        }

        List<SecretScanner.Finding> found = new ArrayList<>(scanner.scan(audit.outputs));
        Path excluded = sandboxPassword;
        scanner.scanTree(home).stream().filter(f -> excluded == null || !f.where().equals(excluded.toString())).forEach(found::add);
        found.addAll(scanner.scanTree(audit.exports));
        found.addAll(scanner.scanTree(log.folder()));

        assertThat(found).as("secrets found after %d commands (%d succeeded)", audit.runs, audit.succeeded).isEmpty();
        // the audit looked where the secret could have gone: outputs, an activity log, exports, a log file
        assertThat(audit.succeeded).isGreaterThanOrEqualTo(audit.light() ? 15 : 20);
        assertThat(audit.failed).isGreaterThanOrEqualTo(target.reflected() != null ? 25 : 5);
        assertThat(SecretScanner.files(home)).anyMatch(p -> p.getFileName().toString().equals("activity.jsonl"))
                .anyMatch(p -> target.type().equals("sandbox") || p.getFileName().toString().equals("connections.json"));
        assertThat(SecretScanner.files(audit.exports)).hasSize(3).allMatch(p -> p.toFile().length() > 20);
        assertThat(SecretScanner.files(log.folder())).anyMatch(p -> p.toFile().length() > 0);
    }

    private static Path findFile(Path root, String name) throws Exception {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no " + name + " under " + root));
        }
    }

    /** One target's run: the CLI on its home, every output kept under a label for the scan. */
    static final class Audit {
        static final String USER_PASSWORD = "Pw+/=&" + UUID.randomUUID().toString().replace("-", "") + "Aa1!";
        final AuditTarget target;
        final String name;
        final Path home;
        final Path exports;
        final ReflectingFake reflector;
        final SecretStore keychain;
        final CliRunner cli;
        final Map<String, String> outputs = new LinkedHashMap<>();
        String step = "add";
        String groupId;
        String cursor;
        int runs;
        int succeeded;
        int failed;

        Audit(AuditTarget target, Path home, Path exports, ReflectingFake reflector, SecretStore keychain) {
            this.target = target;
            this.name = target.name();
            this.home = home;
            this.exports = exports;
            this.reflector = reflector;
            this.keychain = keychain;
            this.cli = new CliRunner(home);
            if (keychain != null) {
                cli.store = () -> keychain;
            }
        }

        /**
         * The Sandbox: every command starts its embedded server (seconds each), so it runs the paths its LDAP
         * connector shares with the ldap target once, not in every variation.
         */
        boolean light() {
            return target.type().equals("sandbox");
        }

        /** Page size of the --all walks: several pages on a fake, a few on the Sandbox's 2,500 users. */
        String walkPage() {
            return target.type().equals("sandbox") ? "500" : "2";
        }

        CliRunner.Result run(String... args) {
            CliRunner.Result r = cli.run(args);
            runs++;
            String label = step + " #" + runs + " (" + String.join(" ", args) + ")";
            outputs.put("stdout of " + label, r.out());
            outputs.put("stderr of " + label, r.err());
            return r;
        }

        CliRunner.Result ok(String... args) {
            CliRunner.Result r = run(args);
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).as("output of %s", String.join(" ", args)).isNotBlank();
            succeeded++;
            return r;
        }

        CliRunner.Result fails(String... args) {
            CliRunner.Result r = run(args);
            assertThat(r.code()).as(r.toString()).isNotZero();
            assertThat(r.err()).as("error of %s", String.join(" ", args)).isNotBlank();
            failed++;
            return r;
        }

        void addConnection() {
            if (target.type().equals("sandbox")) {
                return; // every home has it
            }
            add(name, target.settings(), target.secretKey(), target.secret(), target.keychain());
        }

        void addWrong() {
            Map<String, String> settings = new LinkedHashMap<>(target.settings());
            settings.putAll(target.wrong().settings());
            add(name + "-wrong", settings, target.wrong().secret() == null ? null : target.secretKey(), target.wrong().secret(), false);
        }

        void addReflected(String suffix, boolean trusted) {
            AuditTarget.Reflected r = target.reflected();
            Map<String, String> settings = new LinkedHashMap<>(target.settings());
            settings.remove("trusted_certificates");
            settings.remove("service_account_key_file");
            settings.remove("subject");
            settings.putAll(r.settings());
            r.urlKeys().forEach((key, path) -> settings.put(key, reflector.httpsUrl() + path));
            if (trusted) {
                settings.put(r.trustKey(), reflector.caPem().toString());
            }
            add(name + suffix, settings, r.secretKey(), r.secret(), false);
        }

        void addLdap(String suffix, String url) {
            Map<String, String> settings = new LinkedHashMap<>(target.settings());
            settings.put("url", url);
            add(name + suffix, settings, target.secretKey(), target.secret(), false);
        }

        private void add(String connection, Map<String, String> settings, String secretKey, String secret, boolean viaKeychain) {
            List<String> args = new ArrayList<>(List.of("connections", "add", connection, "--type", target.type()));
            settings.forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
            if (secretKey != null) {
                if (viaKeychain) {
                    args.addAll(List.of("--secret", secretKey + "=prompt"));
                    cli.secretAnswers.add(secret);
                    cli.interactive = true;
                } else {
                    String variable = "AUDIT_" + connection.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
                    cli.env.put(variable, secret);
                    args.addAll(List.of("--secret", secretKey + "=env:" + variable));
                }
            }
            try {
                ok(args.toArray(String[]::new));
            } finally {
                cli.interactive = false;
            }
        }

        /** A create-user body with the planted user password; {@code invalid}: with a field no connector knows. */
        Path userFile(boolean invalid) {
            String n = Integer.toString(runs);
            String name = target.type().equals("google") ? "" : "\"name\": \"Audit User " + n + "\", ";
            String body = "{" + name + "\"username\": \"audit.user" + n + "@example.com\", \"first_name\": \"Audit\", \"last_name\": \"User"
                    + n + "\", \"emails\": [{\"email\": \"audit.user" + n + "@example.com\", \"is_primary\": true}], \"password\": \""
                    + USER_PASSWORD + "\"" + (invalid ? ", \"favourite_colour\": \"blue\"" : "") + "}";
            try {
                return Files.writeString(home.resolve("..").resolve("user-" + target.type() + "-" + n + ".json"), body);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
