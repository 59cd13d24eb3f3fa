package dev.roster.app.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Writes docs/benchmarks.md from the sections the benchmarks of this run left in the bench folder: the machine,
 * the command, the date, a summary of every target, then each section. Run last by the {@code bench} profile.
 * Arguments: the bench folder, the file to write.
 */
public final class BenchReport {
    private BenchReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("clean")) {
            clean(Path.of(args[1]));
            return;
        }
        Path dir = Path.of(args[0]);
        Path out = Path.of(args[1]);
        List<Path> sections;
        try (Stream<Path> files = Files.list(dir)) {
            sections = files.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
        }
        if (sections.isEmpty()) {
            throw new IllegalStateException("no benchmark wrote a section into " + dir);
        }
        StringBuilder md = new StringBuilder("""
                # Benchmarks

                Written by the benchmarks themselves; do not edit by hand. Figures, never assertions: tests time nothing.
                Every figure stands beside a reference measured in the same run on the same machine (a bare loop with no
                Roster code, a plain JavaFX window), because this machine is shared and noisy: read the ratios.

                ```bash
                ./mvnw -B -Pbench -DskipTests verify
                ```

                """);
        md.append(machine()).append('\n');
        md.append("## Targets\n\n| what | figure | reference (same run) | bound | |\n|---|---|---|---|---|\n");
        for (Path section : sections) {
            Path tsv = section.resolveSibling(section.getFileName().toString().replace(".md", ".targets.tsv"));
            if (Files.exists(tsv)) {
                for (String line : Files.readAllLines(tsv)) {
                    if (!line.isBlank()) {
                        md.append("| ").append(String.join(" | ", line.split("\t", -1)).replace("\\|", "|")).append(" |\n");
                    }
                }
            }
        }
        md.append('\n');
        for (Path section : sections) {
            md.append(Files.readString(section));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString());
        System.out.println("BenchReport: wrote " + out + " from " + sections.size() + " sections");
    }

    private static void clean(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dir);
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            cpu = Files.readAllLines(cpuinfo).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
        }
        String memory = "";
        Path meminfo = Path.of("/proc/meminfo");
        if (Files.isReadable(meminfo)) {
            memory = Files.readAllLines(meminfo).stream().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(Locale.ROOT, ", %.0f GiB RAM",
                            Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0)).findFirst().orElse("");
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "Machine: %d cores (%s)%s, %s %s, JDK %s %s. Run %s, load average %.1f when the report was written.%n",
                Runtime.getRuntime().availableProcessors(), cpu, memory, os.getName(), os.getVersion(),
                System.getProperty("java.vendor"), System.getProperty("java.version"),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")),
                os.getSystemLoadAverage());
    }
}
