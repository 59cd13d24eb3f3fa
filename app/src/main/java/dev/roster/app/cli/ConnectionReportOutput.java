package dev.roster.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.ConnectionReport;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.model.Json;

// feature: connection-check
/**
 * {@code roster connections test}'s report: JSON ({@code {connection, type, ok, checks:[{aspect, outcome, summary,
 * details}]}}) for scripts, aligned lines for a person, and the exit code and error shape of a report that failed.
 */
final class ConnectionReportOutput {

    private ConnectionReportOutput() {
    }

    static ObjectNode json(ConnectionReport report) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("connection", report.connection());
        out.put("type", report.type());
        out.put("ok", report.ok());
        ArrayNode checks = out.putArray("checks");
        for (ConnectionReport.Check check : report.checks()) {
            ObjectNode c = checks.addObject();
            c.put("aspect", check.aspect());
            c.put("outcome", check.outcome().name());
            c.put("summary", check.summary());
            ObjectNode details = c.putObject("details");
            check.details().forEach(details::put);
        }
        return out;
    }

    /** One line per check (aspect, outcome, summary) and its details indented below it; the verdict last. */
    static String text(ConnectionReport report) {
        int width = report.checks().stream().mapToInt(c -> c.aspect().length()).max().orElse(0) + 2;
        int outcomeWidth = "NOT_CHECKED".length() + 2;
        StringBuilder out = new StringBuilder();
        out.append("Connection ").append(report.connection()).append(" (").append(report.type()).append(")\n");
        for (ConnectionReport.Check check : report.checks()) {
            out.append(pad(check.aspect(), width)).append(pad(check.outcome().name(), outcomeWidth)).append(check.summary()).append('\n');
            check.details().forEach((key, value) -> out.append(" ".repeat(width + outcomeWidth)).append(key).append(": ")
                    .append(value).append('\n'));
        }
        out.append(report.ok() ? "OK: the connection works" : "FAILED: " + report.firstFailure().map(c -> c.aspect()
                + " (" + c.summary() + ")").orElse("")).append('\n');
        return out.toString();
    }

    /** The first failure's kind, by the CLI's rules: the directory's answer 3, the wire 4, a setting 2. */
    static int exitCode(ConnectionReport report) {
        return report.firstFailure().map(c -> ExitCodes.of(kind(c))).orElse(ExitCodes.OK);
    }

    /** The error shape on stderr for a report that failed, as every failing command prints it. */
    static ObjectNode error(ConnectionReport.Check failed) {
        Integer status = null;
        try {
            String s = failed.details().get(ConnectionReport.PROVIDER_STATUS);
            status = s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            // not a status: left out
        }
        ObjectNode json = new DirectoryException(kind(failed), failed.summary(), status, null, null, null, null).toJson();
        String code = failed.details().get(ConnectionReport.ERROR_CODE);
        if (code != null) {
            json.put("code", code);
        }
        json.put("aspect", failed.aspect());
        return json;
    }

    /** A failed check without a typed error (a certificate expired): the wire's for TLS, else the directory's. */
    private static ErrorKind kind(ConnectionReport.Check c) {
        return c.errorKind().orElse(ConnectionReport.TLS.equals(c.aspect()) ? ErrorKind.TRANSPORT : ErrorKind.REMOTE);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }
}
