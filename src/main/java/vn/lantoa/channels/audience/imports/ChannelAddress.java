package vn.lantoa.channels.audience.imports;

import java.util.Locale;

/**
 * A channel's address reduced to what identifies it, so that a file's "https://m.facebook.com/groups/x/"
 * finds the channel registered as "facebook.com/groups/x": no scheme, no "www." or "m.", no query,
 * fragment or trailing slash, host in lower case.
 */
public final class ChannelAddress {

    private ChannelAddress() {
    }

    public static String key(String address) {
        if (address == null) {
            return "";
        }
        String a = address.strip();
        int cut = indexOfAny(a, '?', '#');
        if (cut >= 0) {
            a = a.substring(0, cut);
        }
        a = a.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        int slash = a.indexOf('/');
        String host = (slash < 0 ? a : a.substring(0, slash)).toLowerCase(Locale.ROOT);
        String path = slash < 0 ? "" : a.substring(slash);
        host = host.replaceFirst("^(www|m|mobile)\\.", "");
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }

    private static int indexOfAny(String s, char... cs) {
        int best = -1;
        for (char c : cs) {
            int i = s.indexOf(c);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }
}
