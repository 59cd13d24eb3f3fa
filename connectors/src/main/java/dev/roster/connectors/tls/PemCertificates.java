package dev.roster.connectors.tls;

import dev.roster.connectors.DirectoryException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads the certificates of a {@code trusted_certificates} file (PEM, one or more CAs or pinned leaves).
 * Read when a connection is added, tested and opened, so a missing, empty or unparsable file is a
 * validation error naming the setting then, not a TLS failure at the first use.
 */
final class PemCertificates {

    private PemCertificates() {
    }

    static List<X509Certificate> read(String setting, String value) {
        Path path;
        try {
            path = Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw DirectoryException.validation(setting + ": '" + value + "' is not a path");
        }
        Collection<? extends Certificate> parsed;
        try (InputStream in = Files.newInputStream(path)) {
            parsed = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw DirectoryException.validation(setting + ": there is no file " + path);
        } catch (IOException e) {
            throw DirectoryException.validation(setting + ": cannot read " + path + " (" + e.getMessage() + ")");
        } catch (CertificateException e) {
            throw DirectoryException.validation(setting + ": " + path + " is not a PEM certificate file ("
                    + e.getMessage() + "); it should hold one or more -----BEGIN CERTIFICATE----- blocks");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate c : parsed) {
            if (c instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        if (certificates.isEmpty()) {
            throw DirectoryException.validation(setting + ": " + path
                    + " holds no certificate; it should hold one or more -----BEGIN CERTIFICATE----- blocks (a CA, or the server's own certificate)");
        }
        return List.copyOf(certificates);
    }
}
