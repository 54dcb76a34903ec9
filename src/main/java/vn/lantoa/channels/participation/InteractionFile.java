package vn.lantoa.channels.participation;

import java.util.List;
import vn.lantoa.channels.imports.HeaderAliases;

/**
 * An interaction list: people who reacted to, commented on or shared the page's posts, one row per
 * person or per interaction. Columns by the aliases of {@link #HEADERS}; only the name is required.
 */
public final class InteractionFile {

    public static final String HEADERS = "channels/participation/interaction-headers.txt";
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_BYTES = TableFile.MAX_BYTES;

    private static final HeaderAliases ALIASES = HeaderAliases.load(HEADERS);

    /** One row as written (trimmed). */
    public record Entry(int line, String name, String profile, String interactions, String date) {

        String identity() {
            return String.join("\u0001", NameKey.of(name), profile.strip(), interactions.strip(), date.strip());
        }
    }

    private InteractionFile() {
    }

    public static List<Entry> read(byte[] content) {
        return TableFile.read(content, ALIASES, "NAME", MAX_ROWS).stream()
                .map(l -> new Entry(l.line(), l.get("NAME"), l.get("PROFILE"), l.get("INTERACTIONS"), l.get("DATE"))).toList();
    }
}
