package dev.roster.app.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One benchmark's part of docs/benchmarks.md: its title, the command that reruns it alone, free text, tables,
 * and the targets it measures (each figure beside its reference of the same run). A benchmark writes it
 * into the folder of {@code -Droster.bench.out} (default {@code target/bench}); {@link BenchReport} puts the
 * parts together, in the order of their ids, so that no two benchmarks write the same file.
 */
public final class BenchSection {
    private final String id;
    private final StringBuilder body = new StringBuilder();
    private final List<Target> targets = new ArrayList<>();

    /** A target of the issue: the figure, its reference in the same run, and whether the bound holds. */
    public record Target(String what, String figure, String reference, String bound, boolean met) {
    }

    private BenchSection(String id, String title, String command) {
        this.id = id;
        body.append("## ").append(title).append("\n\n```bash\n").append(command).append("\n```\n\n");
    }

    /** {@code id} orders the sections ("10-startup", "20-sandbox", ...) and names the files. */
    public static BenchSection of(String id, String title, String command) {
        if (!id.matches("[0-9]{2}-[a-z0-9-]+")) {
            throw new IllegalArgumentException("a section id is NN-name: " + id);
        }
        return new BenchSection(id, title, command);
    }

    public BenchSection paragraph(String text) {
        body.append(text.strip()).append("\n\n");
        return this;
    }

    public BenchSection table(List<String> header, List<List<String>> rows) {
        body.append(row(header)).append('|').append("---|".repeat(header.size())).append('\n');
        for (List<String> r : rows) {
            if (r.size() != header.size()) {
                throw new IllegalArgumentException("a row of " + r.size() + " cells under " + header.size() + " headings");
            }
            body.append(row(r));
        }
        body.append('\n');
        return this;
    }

    public BenchSection target(String what, String figure, String reference, String bound, boolean met) {
        targets.add(new Target(what, figure, reference, bound, met));
        return this;
    }

    /** Writes {@code <id>.md} and {@code <id>.targets.tsv} and returns the folder. */
    public Path write() {
        Path dir = Path.of(System.getProperty("roster.bench.out", "target/bench"));
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(id + ".md"), body.toString());
            StringBuilder tsv = new StringBuilder();
            for (Target t : targets) {
                tsv.append(String.join("\t", clean(t.what()), clean(t.figure()), clean(t.reference()), clean(t.bound()),
                        t.met() ? "met" : "NOT met")).append('\n');
            }
            Files.writeString(dir.resolve(id + ".targets.tsv"), tsv.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(body);
        targets.forEach(t -> System.out.println("TARGET | " + t));
        return dir;
    }

    private static String row(List<String> cells) {
        StringBuilder line = new StringBuilder("|");
        cells.forEach(c -> line.append(' ').append(c.replace("|", "\\|")).append(" |"));
        return line.append('\n').toString();
    }

    private static String clean(String cell) {
        return cell.replace('\t', ' ').replace('\n', ' ');
    }
}
