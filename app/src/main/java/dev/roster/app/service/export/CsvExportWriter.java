package dev.roster.app.service.export;

import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * RFC 4180 CSV, UTF-8: one row per group, or with members one row per membership (a group without members
 * keeps one row with empty member columns, so no group disappears). Multi-valued fields are joined with |.
 * A cell that a spreadsheet would run as a formula starts with {@code '} ({@link SpreadsheetSafe}).
 */
final class CsvExportWriter implements ExportWriter {
    static final List<String> GROUP_COLUMNS = List.of("id", "name", "description", "group_type", "organization",
            "created_at", "updated_at");
    static final List<String> MEMBER_COLUMNS = List.of("group_id", "group_name", "group_type", "user_id", "username",
            "user_name", "first_name", "last_name", "emails", "status", "title");

    private final CSVPrinter printer;
    private final boolean members;

    CsvExportWriter(Writer out, boolean members) throws IOException {
        this.members = members;
        List<String> header = members ? MEMBER_COLUMNS : GROUP_COLUMNS;
        this.printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get().print(out);
    }

    @Override
    public void group(Group group, List<User> users) throws IOException {
        String type = group.groupType() == null ? null : group.groupType().wireName();
        if (!members) {
            row(group.id(), group.name(), group.description(), type, group.organization(),
                    text(group.createdAt()), text(group.updatedAt()));
            return;
        }
        if (users.isEmpty()) {
            row(group.id(), group.name(), type, null, null, null, null, null, null, null, null);
        }
        for (User u : users) {
            String emails = u.emails().stream().map(Email::email).collect(Collectors.joining("|"));
            row(group.id(), group.name(), type, u.id(), u.username(), u.name(), u.firstName(),
                    u.lastName(), emails, u.status(), u.title());
        }
    }

    /** Every cell, from the directory and so from anyone who can name a group or a user, is made spreadsheet-safe. */
    private void row(String... cells) throws IOException {
        for (String cell : cells) {
            printer.print(SpreadsheetSafe.cell(cell));
        }
        printer.println();
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
