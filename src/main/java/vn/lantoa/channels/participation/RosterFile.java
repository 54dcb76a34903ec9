package vn.lantoa.channels.participation;

import java.util.List;
import vn.lantoa.channels.imports.HeaderAliases;

/** A unit's roster as a file: name (required), position, phone, Facebook profile, and optionally the code of a unit below. */
public final class RosterFile {

    public static final String HEADERS = "channels/participation/roster-headers.txt";
    public static final int MAX_ROWS = 5_000;

    private static final HeaderAliases ALIASES = HeaderAliases.load(HEADERS);

    public record Entry(int line, String name, String position, String phone, String profile, String unitCode) {
    }

    private RosterFile() {
    }

    public static List<Entry> read(byte[] content) {
        return TableFile.read(content, ALIASES, "NAME", MAX_ROWS).stream()
                .map(l -> new Entry(l.line(), l.get("NAME"), l.get("POSITION"), l.get("PHONE"), l.get("PROFILE"), l.get("UNIT_CODE")))
                .toList();
    }
}
