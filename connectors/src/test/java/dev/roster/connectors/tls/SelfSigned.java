package dev.roster.connectors.tls;

import com.unboundid.ldap.sdk.ResultCode;
import com.unboundid.util.ssl.cert.ManageCertificates;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A self-signed server certificate made in a test (UnboundID's ManageCertificates, in process): the PKCS#12
 * key store a test server presents, the certificate as PEM, and its SHA-256 fingerprint computed here from
 * the DER bytes, the way {@code openssl x509 -fingerprint -sha256} does, to compare with what Roster reports.
 */
public record SelfSigned(Path keystore, Path pem, String fingerprint) {
    public static final String PIN = "changeit";

    /** A new key and certificate {@code CN=<host>} with the DNS names {@code sans} (each a different key pair). */
    public static SelfSigned make(Path dir, String label, String host, String... sans) {
        Path keystore = dir.resolve(label + ".p12");
        Path pem = dir.resolve(label + ".pem");
        List<String> args = new ArrayList<>(List.of("generate-self-signed-certificate", "--keystore", keystore.toString(),
                "--keystore-password", PIN, "--keystore-type", "PKCS12", "--alias", "server",
                "--subject-dn", "CN=" + host + ",O=Roster Test", "--days-valid", "2", "--key-algorithm", "EC",
                "--key-size-bits", "256", "--signature-algorithm", "SHA256withECDSA"));
        for (String san : sans) {
            args.addAll(List.of("--subject-alternative-name-dns", san));
        }
        run(args.toArray(String[]::new));
        run("export-certificate", "--keystore", keystore.toString(), "--keystore-password", PIN, "--alias", "server",
                "--output-format", "PEM", "--output-file", pem.toString());
        return new SelfSigned(keystore, pem, sha256(pem));
    }

    private static String sha256(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            X509Certificate c = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(c.getEncoded());
            return "SHA256:" + HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (Exception e) {
            throw new IllegalStateException("fingerprint of " + pem + ": " + e.getMessage(), e);
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
