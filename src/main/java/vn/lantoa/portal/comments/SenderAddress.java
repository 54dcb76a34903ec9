package vn.lantoa.portal.comments;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a comment came from. X-Forwarded-For is read only when the connection comes from one of
 * our own proxies (anyone else can write the header), from the right, skipping our proxies. An IPv6
 * address counts by its /64 network: one home or phone holds a whole /64 and may change within it freely.
 */
final class SenderAddress {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]{2,45}");

    private SenderAddress() {
    }

    static String of(HttpServletRequest request, Collection<String> trustedProxies) {
        String remote = request.getRemoteAddr();
        if (!trustedProxies.contains(remote)) {
            return network(remote);
        }
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return network(remote);
        }
        List<String> hops = List.of(forwarded.split(","));
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i).strip();
            if (!trustedProxies.contains(hop)) {
                return isAddress(hop) ? network(hop) : network(remote);
            }
        }
        return network(remote);
    }

    static boolean isAddress(String text) {
        return IPV4.matcher(text).matches() || (text.contains(":") && IPV6.matcher(text).matches());
    }

    /** IPv4 as it is; IPv6 reduced to its /64 network. Only literals reach InetAddress, so nothing is looked up. */
    static String network(String address) {
        if (address == null || !address.contains(":") || !IPV6.matcher(address).matches()) {
            return address == null ? "" : address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
