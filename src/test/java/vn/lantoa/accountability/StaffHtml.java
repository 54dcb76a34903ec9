package vn.lantoa.accountability;

import java.util.List;
import vn.lantoa.support.HtmlChecker;

/**
 * The W3C checker's errors on a staff page, less the one the shared staff layout makes on every
 * page ({@code hx-headers} on {@code <body>}, the CSRF header for htmx; layout.html is not ours):
 * what our own templates get wrong.
 */
public final class StaffHtml {

    private StaffHtml() {
    }

    public static List<String> errors(String html) {
        return HtmlChecker.errors(html).stream().filter(e -> !e.contains("Attribute “hx-headers” not allowed on element “body”")).toList();
    }
}
