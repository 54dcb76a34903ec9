package vn.lantoa.channels.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lantoa.common.text.VietnameseText;

/**
 * The admins of a channel who have no account, written as people write them in a file or a text
 * box: "Nguyễn Thị Lan (0912 345 678); Lê Thu Hà" — one per line or separated by semicolons, the
 * contact in brackets. Names are kept once (the first contact wins).
 */
public final class AdminList {

    public static final int MAX_LENGTH = 200;

    /** One person: a name and, when written, how to reach them. */
    public record Entry(String name, String contact) {
    }

    private AdminList() {
    }

    public static List<Entry> parse(String text) {
        Map<String, Entry> byName = new LinkedHashMap<>();
        if (text == null) {
            return List.of();
        }
        for (String part : text.split("[;\\n\\r]+")) {
            String item = VietnameseText.clean(part);
            if (item.isEmpty()) {
                continue;
            }
            String name = item;
            String contact = null;
            int open = item.indexOf('(');
            if (open > 0 && item.endsWith(")")) {
                name = item.substring(0, open).strip();
                contact = item.substring(open + 1, item.length() - 1).strip();
                if (contact.isEmpty()) {
                    contact = null;
                }
            }
            if (!name.isEmpty()) {
                byName.putIfAbsent(VietnameseText.fold(name), new Entry(name, contact));
            }
        }
        return List.copyOf(byName.values());
    }

    public static String format(List<Entry> entries) {
        return entries.stream().map(e -> e.contact() == null ? e.name() : e.name() + " (" + e.contact() + ")")
                .collect(Collectors.joining("; "));
    }

    /** The entries whose name or contact is too long for the registry. */
    public static List<String> tooLong(List<Entry> entries) {
        List<String> names = new ArrayList<>();
        for (Entry e : entries) {
            if (e.name().length() > MAX_LENGTH || (e.contact() != null && e.contact().length() > MAX_LENGTH)) {
                names.add(e.name().length() > 40 ? e.name().substring(0, 40) + "…" : e.name());
            }
        }
        return names;
    }
}
