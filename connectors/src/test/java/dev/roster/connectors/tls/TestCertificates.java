package dev.roster.connectors.tls;

import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A test certificate authority made in a folder with UnboundID's ManageCertificates (in process: no keytool
 * to spawn): its certificate as PEM for a client to trust, and server identities it signs, each a PKCS#12
 * key store holding the leaf and the CA, ready as a server's {@link SSLContext}.
 */
public final class TestCertificates {
    private static final String PIN = "changeit";
    private final Path dir;
    private final Path caKeystore;
    private final Path caPem;

    private TestCertificates(Path dir) {
        this.dir = dir;
        this.caKeystore = dir.resolve("ca.p12");
        this.caPem = dir.resolve("ca.pem");
    }

    /** A new CA ({@code CN=Roster Test CA}) in {@code dir}. */
    public static TestCertificates authority(Path dir) {
        TestCertificates ca = new TestCertificates(dir);
        run("generate-self-signed-certificate", "--keystore", ca.caKeystore.toString(), "--keystore-password", PIN,
                "--keystore-type", "PKCS12", "--alias", "ca", "--subject-dn", "CN=Roster Test CA,O=Roster Test",
                "--days-valid", "2", "--key-algorithm", "EC", "--key-size-bits", "256", "--signature-algorithm", "SHA256withECDSA",
                "--basic-constraints-is-ca", "true", "--key-usage", "key-cert-sign", "--key-usage", "crl-sign");
        run("export-certificate", "--keystore", ca.caKeystore.toString(), "--keystore-password", PIN, "--alias", "ca",
                "--output-format", "PEM", "--output-file", ca.caPem.toString());
        return ca;
    }

    /** The CA certificate, PEM: what {@code trusted_certificates} names. */
    public Path caPem() {
        return caPem;
    }

    /**
     * A server identity signed by this CA, with subject {@code CN=<commonName>} and exactly the given SANs:
     * each entry either {@code dns:NAME} or {@code ip:ADDRESS}.
     */
    public Identity issue(String commonName, String... sans) {
        String label = commonName.replaceAll("[^A-Za-z0-9.-]", "_") + "-" + sans.length + "-" + String.join("_", sans).hashCode();
        Path keystore = dir.resolve(label + ".p12");
        Path csr = dir.resolve(label + ".csr");
        Path cert = dir.resolve(label + ".pem");
        run("generate-certificate-signing-request", "--keystore", keystore.toString(), "--keystore-password", PIN,
                "--keystore-type", "PKCS12", "--alias", "server", "--subject-dn", "CN=" + commonName + ",O=Roster Test",
                "--key-algorithm", "EC", "--key-size-bits", "256", "--signature-algorithm", "SHA256withECDSA",
                "--output-format", "PEM", "--output-file", csr.toString());
        List<String> sign = new ArrayList<>(List.of("sign-certificate-signing-request", "--request-input-file", csr.toString(),
                "--certificate-output-file", cert.toString(), "--output-format", "PEM", "--keystore", caKeystore.toString(),
                "--keystore-password", PIN, "--signing-certificate-alias", "ca", "--days-valid", "2",
                "--signature-algorithm", "SHA256withECDSA", "--key-usage", "digital-signature",
                "--extended-key-usage", "server-auth", "--no-prompt"));
        for (String san : sans) {
            if (san.startsWith("dns:")) {
                sign.addAll(List.of("--subject-alternative-name-dns", san.substring(4)));
            } else if (san.startsWith("ip:")) {
                sign.addAll(List.of("--subject-alternative-name-ip-address", san.substring(3)));
            } else {
                throw new IllegalArgumentException("a SAN is dns:NAME or ip:ADDRESS, not " + san);
            }
        }
        run(sign.toArray(String[]::new));
        run("import-certificate", "--keystore", keystore.toString(), "--keystore-password", PIN, "--keystore-type", "PKCS12",
                "--alias", "server", "--certificate-file", cert.toString(), "--certificate-file", caPem.toString(), "--no-prompt");
        return new Identity(keystore, cert);
    }

    /** A leaf's key store and its certificate (PEM, for pinning). */
    public record Identity(Path keystore, Path certificatePem) {
        /** A server-side TLS context presenting this identity. */
        public SSLContext serverContext() {
            try (InputStream in = Files.newInputStream(keystore)) {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(in, PIN.toCharArray());
                KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                keys.init(store, PIN.toCharArray());
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(keys.getKeyManagers(), null, null);
                return context;
            } catch (Exception e) {
                throw new IllegalStateException("server TLS context from " + keystore + ": " + e.getMessage(), e);
            }
        }
    }

    private static void run(String... args) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        ResultCode result = ManageCertificates.main(null, output, output, args);
        if (result != ResultCode.SUCCESS) {
            throw new IllegalStateException("manage-certificates " + args[0] + ": " + output);
        }
    }
}
