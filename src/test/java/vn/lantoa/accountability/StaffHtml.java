package vn.lantoa.accountability;

import java.util.List;
import vn.lantoa.support.HtmlChecker;

/**
 * The W3C checker's errors on a staff page, less those for htmx attributes: the shared staff layout
 * puts {@code hx-headers} on {@code <body>} (layout.html is not ours), and the htmx Thymeleaf dialect
 * writes every {@code data-hx-*} attribute out as {@code hx-*}. Everything else our templates get wrong.
 */
public final class StaffHtml {

    /** The htmx attributes: the htmx Thymeleaf dialect writes {@code data-hx-*} out as {@code hx-*}. */
    private static final java.util.regex.Pattern HTMX = java.util.regex.Pattern.compile("^\\d+: Attribute “hx-[a-z-]+” not allowed");

    private StaffHtml() {
    }

    public static List<String> errors(String html) {
        return HtmlChecker.errors(html).stream().filter(e -> !HTMX.matcher(e).find()).toList();
    }
}
