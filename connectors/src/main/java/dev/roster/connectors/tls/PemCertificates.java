package dev.roster.connectors.tls;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
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

    /** A trust store the app keeps: missing or empty means nothing trusted yet. */
    static List<X509Certificate> readIfPresent(String setting, String value) {
        Path path = Path.of(value.strip());
        try {
            if (!Files.exists(path) || Files.size(path) == 0) {
                return List.of();
            }
        } catch (IOException e) {
            throw DirectoryException.invalid(ErrorCode.PEM_UNREADABLE, setting, path, e.getMessage());
        }
        return read(setting, value);
    }

    static List<X509Certificate> read(String setting, String value) {
        Path path;
        try {
            path = Path.of(value.strip());
        } catch (InvalidPathException e) {
            throw DirectoryException.invalid(ErrorCode.PEM_NOT_A_PATH, setting, value);
        }
        Collection<? extends Certificate> parsed;
        try (InputStream in = Files.newInputStream(path)) {
            parsed = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (NoSuchFileException e) {
            throw DirectoryException.invalid(ErrorCode.PEM_NO_FILE, setting, path);
        } catch (IOException e) {
            throw DirectoryException.invalid(ErrorCode.PEM_UNREADABLE, setting, path, e.getMessage());
        } catch (CertificateException e) {
            throw DirectoryException.invalid(ErrorCode.PEM_NOT_PEM, setting, path, e.getMessage());
        }
        List<X509Certificate> certificates = new ArrayList<>();
        for (Certificate c : parsed) {
            if (c instanceof X509Certificate x509) {
                certificates.add(x509);
            }
        }
        if (certificates.isEmpty()) {
            throw DirectoryException.invalid(ErrorCode.PEM_EMPTY, setting, path);
        }
        return List.copyOf(certificates);
    }
}
