package vn.lantoa.accountability.exports.document;

import java.util.ArrayList;
import java.util.List;

/**
 * "Nơi nhận": one line per recipient, each starting "- " and ending ";", then the archive line
 * "- Lưu: VT, …." that closes with a full stop.
 */
public record Recipients(List<String> entries, String archive) {

    public Recipients {
        entries = entries == null ? List.of() : entries.stream().map(Recipients::bare)
                .filter(e -> !e.isEmpty() && !isArchive(e)).toList();
        archive = archive == null || bare(archive).isEmpty() ? "VT" : bare(archive);
        if (isArchive(archive)) {
            archive = archive.substring(LABEL.length()).strip();
        }
    }

    /** Recipients typed one per line, as the settings keep them. */
    public static Recipients parse(String lines, String archive) {
        return new Recipients(lines == null ? List.of() : List.of(lines.split("\\R")), archive);
    }

    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (String entry : entries) {
            lines.add("- " + entry + ";");
        }
        lines.add("- " + Decree30.ARCHIVE_PREFIX + archive + ".");
        return lines;
    }

    /** An entry without the dash, semicolon or full stop someone may have typed. */
    private static String bare(String entry) {
        String s = entry.strip();
        if (s.startsWith("-") || s.startsWith("+") || s.startsWith("•")) {
            s = s.substring(1).strip();
        }
        while (s.endsWith(";") || s.endsWith(".") || s.endsWith(",")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static final String LABEL = Decree30.ARCHIVE_PREFIX.strip();

    private static boolean isArchive(String entry) {
        return entry.regionMatches(true, 0, LABEL, 0, LABEL.length());
    }
}
