package dev.roster.app.service.export;

/**
 * CSV cells made safe to open in a spreadsheet (OWASP, CSV injection): Excel and LibreOffice run a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula ({@code =HYPERLINK(...)},
 * {@code =cmd|' /C calc'!A0}), and treat a leading tab or carriage return the same way. Such a cell gets a
 * leading {@code '}, which the spreadsheet shows as text. Every CSV Roster writes goes through here; JSON and
 * NDJSON keep values exactly.
 */
public final class SpreadsheetSafe {
    private SpreadsheetSafe() {
    }

    /** The cell as written: unchanged, or with a leading {@code '} when it would start a formula; null stays null. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }
}
