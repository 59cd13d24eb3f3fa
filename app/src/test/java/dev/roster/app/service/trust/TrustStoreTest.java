package dev.roster.app.service.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.service.RosterHome;
import dev.roster.connectors.tls.PresentedCertificate;
import dev.roster.connectors.tls.SelfSigned;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-connection trust store: one private PEM file per connection, changed atomically. */
class TrustStoreTest {
    @TempDir
    Path dir;

    private static PresentedCertificate read(SelfSigned s) throws Exception {
        try (InputStream in = Files.newInputStream(s.pem())) {
            return PresentedCertificate.of((X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
    }

    @Test
    void trustedCertificatesAreKeptPerConnectionInPrivateFiles() throws Exception {
        TrustStore store = new TrustStore(RosterHome.of(dir.resolve("home")));
        SelfSigned a = SelfSigned.make(dir, "a", "localhost", "localhost");
        SelfSigned b = SelfSigned.make(dir, "b", "localhost", "localhost");

        store.add("corp", read(a));
        store.add("corp", read(a)); // the same one again: kept once
        store.add("corp", read(b));

        assertThat(store.list("corp")).extracting(PresentedCertificate::fingerprint).containsExactly(a.fingerprint(), b.fingerprint());
        assertThat(store.list("other")).isEmpty();
        Path file = store.file("corp");
        assertThat(file).isEqualTo(dir.resolve("home/trust/corp.pem"));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactlyInAnyOrder("corp.pem", ".trust.lock");
        }

        assertThat(store.remove("corp", a.fingerprint().toLowerCase().replace("sha256:", ""))).isTrue();
        assertThat(store.list("corp")).extracting(PresentedCertificate::fingerprint).containsExactly(b.fingerprint());

        store.rename("corp", "corp-prod");
        assertThat(store.list("corp")).isEmpty();
        assertThat(store.list("corp-prod")).extracting(PresentedCertificate::fingerprint).containsExactly(b.fingerprint());

        assertThat(store.removeAll("corp-prod")).isEqualTo(1);
        assertThat(store.existing("corp-prod")).isEmpty();
    }

    @Test
    void anyConnectionNameStaysOneFileInsideTheFolder() {
        TrustStore store = new TrustStore(RosterHome.of(dir));
        for (String name : new String[] {"../escape", "a/b", "..", ".hidden", "with space", "日本"}) {
            Path file = store.file(name);
            assertThat(file.getParent()).as(name).isEqualTo(dir.resolve("trust"));
            assertThat(file.getFileName().toString()).as(name).doesNotStartWith(".").doesNotContain("/").endsWith(".pem");
        }
        assertThat(store.file("a/b")).isNotEqualTo(store.file("a_b"));
    }
}
