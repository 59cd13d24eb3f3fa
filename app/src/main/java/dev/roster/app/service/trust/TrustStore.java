package dev.roster.app.service.trust;

import dev.roster.app.service.RosterHome;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.LocalProblems;
import dev.roster.connectors.files.AtomicFiles;
import dev.roster.connectors.files.FileLocks;
import dev.roster.connectors.files.PrivateFiles;
import dev.roster.connectors.tls.PresentedCertificate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The certificates the user trusted, per connection: {@code <config>/trust/<connection>.pem}, one PEM file
 * per connection (folder 0700, file 0600 at creation, replaced atomically, changed under a file lock so a
 * console and a CLI trusting at once lose nothing). A connection uses its file besides the JVM's CAs and its
 * {@code trusted_certificates}; a certificate here is a trust anchor only: the server's name is still checked.
 * Only leaves the user saw (fingerprint, subject, issuer, expiry) are ever added; there is no "trust all".
 */
public final class TrustStore {
    private static final Duration LOCK_WAIT = Duration.ofSeconds(10);
    private final Path folder;

    public TrustStore(RosterHome home) {
        this.folder = home.configDir().resolve("trust");
    }

    public Path folder() {
        return folder;
    }

    /**
     * The file of {@code connection} (it may not exist). The name is percent-encoded so that any connection
     * name (slashes, dots, spaces) stays one file inside the folder.
     */
    public Path file(String connection) {
        String encoded = URLEncoder.encode(connection, StandardCharsets.UTF_8).replace("*", "%2A");
        if (encoded.startsWith(".")) {
            encoded = "%2E" + encoded.substring(1);
        }
        return folder.resolve(encoded + ".pem");
    }

    /** The certificates trusted for {@code connection}, in the order they were trusted; empty when none. */
    public List<PresentedCertificate> list(String connection) {
        return read(file(connection));
    }

    /** Trusts exactly {@code certificate} for {@code connection} (already there: nothing changes). */
    public PresentedCertificate add(String connection, PresentedCertificate certificate) {
        Path file = file(connection);
        locked(file, () -> {
            List<PresentedCertificate> all = new ArrayList<>(read(file));
            if (all.stream().noneMatch(c -> c.fingerprint().equals(certificate.fingerprint()))) {
                all.add(certificate);
                write(file, all);
            }
            return null;
        });
        return certificate;
    }

    /** Stops trusting the certificate with {@code fingerprint}; whether it was there. */
    public boolean remove(String connection, String fingerprint) {
        Path file = file(connection);
        return locked(file, () -> {
            List<PresentedCertificate> all = new ArrayList<>(read(file));
            boolean removed = all.removeIf(c -> c.matches(fingerprint));
            if (removed) {
                if (all.isEmpty()) {
                    delete(file);
                } else {
                    write(file, all);
                }
            }
            return removed;
        });
    }

    /** Forgets every certificate trusted for {@code connection} (its file goes); how many there were. */
    public int removeAll(String connection) {
        Path file = file(connection);
        return locked(file, () -> {
            int count = read(file).size();
            delete(file);
            return count;
        });
    }

    /** The certificates trusted for {@code from} are now {@code to}'s (a renamed connection). */
    public void rename(String from, String to) {
        Path source = file(from);
        Path target = file(to);
        if (source.equals(target) || !Files.exists(source)) {
            return;
        }
        locked(source, () -> {
            try {
                Files.move(source, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNWRITABLE, target, LocalProblems.reason(e), e.toString(), e);
            }
            return null;
        });
    }

    /** The file to hand a connection when it opens, when the user trusted anything for it. */
    public Optional<Path> existing(String connection) {
        Path file = file(connection);
        return Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private static List<PresentedCertificate> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return List.of();
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNREADABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
        if (bytes.length == 0) {
            return List.of();
        }
        try {
            List<PresentedCertificate> all = new ArrayList<>();
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(bytes))) {
                if (c instanceof X509Certificate x) {
                    all.add(PresentedCertificate.of(x));
                }
            }
            return List.copyOf(all);
        } catch (CertificateException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_DAMAGED, file, "it does not hold PEM certificates", e.getMessage(), e);
        }
    }

    private void write(Path file, List<PresentedCertificate> certificates) {
        StringBuilder pem = new StringBuilder();
        for (PresentedCertificate c : certificates) {
            // the comment lines are for a person reading the file; PEM parsers skip text outside the markers
            pem.append("# ").append(c.fingerprint()).append('\n').append("# subject ").append(c.subject()).append('\n')
                    .append("# issuer ").append(c.issuer()).append('\n').append("# expires ").append(c.notAfter()).append('\n')
                    .append(c.pem());
        }
        try {
            PrivateFiles.createDirectories(folder);
            AtomicFiles.write(file, pem.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNWRITABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_UNWRITABLE, file, LocalProblems.reason(e), e.toString(), e);
        }
    }

    private <T> T locked(Path file, java.util.function.Supplier<T> change) {
        Path lock = folder.resolve(".trust.lock");
        try {
            PrivateFiles.createDirectories(folder);
            return FileLocks.exclusive(lock, LOCK_WAIT, change::get);
        } catch (IOException e) {
            throw DirectoryException.local(ErrorCode.LOCAL_FILE_BUSY, file, e.getMessage(), e.toString(), e);
        }
    }
}
