package vn.lantoa.portal.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;
import vn.lantoa.support.IntegrationTest;

/** The fragments the story page includes, rendered as the page will render them. */
@IntegrationTest
class ViewFragmentsTest {

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    ApplicationContext context;

    @Test
    void theCountShowsTheTotalInVietnameseAndNamesItsStory() {
        String html = render("count", Locale.forLanguageTag("vi"));
        assertThat(html).contains("class=\"view-count\"", "data-view-count=\"42\"", ">1.234.567</span>", "lượt xem");
        assertThat(render("count", Locale.ENGLISH)).contains(">1,234,567</span>", "views");
    }

    @Test
    void theBeaconLoadsTheScriptAndOffersThePixelWithoutScripts() {
        String html = render("beacon", Locale.forLanguageTag("vi"));
        assertThat(html).contains("<script src=\"/js/portal-views.js\" defer data-view-story=\"42\"></script>",
                "<noscript><img src=\"/luot-xem/42.gif\" alt=\"\" width=\"1\" height=\"1\"");
    }

    private String render(String fragment, Locale locale) {
        MockServletContext servlet = new MockServletContext();
        var exchange = JakartaServletWebApplication.buildApplication(servlet)
                .buildExchange(new MockHttpServletRequest(servlet), new MockHttpServletResponse());
        WebContext web = new WebContext(exchange, locale, Map.of("storyId", 42L, "total", 1_234_567L));
        web.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        return templates.process("portal/views", Set.of(fragment), web);
    }
}
