package vn.lantoa.notifications.internal;

import jakarta.mail.internet.InternetAddress;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.lantoa.accounts.AccountRef;

/**
 * Writes and sends the emails: one notice, or the morning digest of several. Each goes out as plain
 * text and as simple HTML (the template notifications/mail), with absolute links to the stories.
 */
@Component
class NoticeMail {

    /** One line of an email: what happened, and where to see it. */
    record Item(String text, String link) {
    }

    private final JavaMailSender sender;
    private final ITemplateEngine templates;
    private final NoticeTexts texts;
    private final String baseUrl;
    private final String from;

    NoticeMail(JavaMailSender sender, ITemplateEngine templates, NoticeTexts texts,
               @Value("${lantoa.base-url}") String baseUrl, @Value("${lantoa.mail.from}") String from) {
        this.sender = sender;
        this.templates = templates;
        this.texts = texts;
        this.baseUrl = baseUrl;
        this.from = from;
    }

    /** Whether there is anyone to write to: an enabled account with an address. */
    static boolean reachable(AccountRef to) {
        return to != null && to.enabled() && to.email() != null && !to.email().isBlank();
    }

    void notice(AccountRef to, Notice notice) throws MailException {
        send(to, texts.subject(notice), null, List.of(item(notice)));
    }

    void digest(AccountRef to, List<Notice> notices) throws MailException {
        send(to, texts.mail("notice.digest.subject", notices.size()), texts.mail("notice.digest.intro", notices.size()),
                notices.stream().map(this::item).toList());
    }

    private Item item(Notice notice) {
        return new Item(texts.sentence(notice, NoticeTexts.MAIL_LOCALE), baseUrl + notice.link());
    }

    private void send(AccountRef to, String subject, String intro, List<Item> items) {
        sender.send(message -> {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(from);
            helper.setTo(new InternetAddress(to.email(), to.fullName(), "UTF-8"));
            helper.setSubject(subject);
            helper.setText(plain(to, intro, items), html(to, intro, items));
        });
    }

    private String plain(AccountRef to, String intro, List<Item> items) {
        StringBuilder text = new StringBuilder(texts.mail("notice.mail.greeting", to.fullName())).append("\n\n");
        if (intro != null) {
            text.append(intro).append("\n\n");
        }
        for (Item item : items) {
            text.append("- ").append(item.text()).append('\n')
                    .append("  ").append(texts.mail("notice.mail.open")).append(": ").append(item.link()).append("\n\n");
        }
        return text.append(texts.mail("notice.mail.settings")).append(": ").append(settingsLink()).append("\n\n-- \n")
                .append(texts.mail("app.footer")).append('\n').toString();
    }

    private String html(AccountRef to, String intro, List<Item> items) {
        Context context = new Context(NoticeTexts.MAIL_LOCALE);
        context.setVariable("name", to.fullName());
        context.setVariable("intro", intro);
        context.setVariable("items", items);
        context.setVariable("settingsLink", settingsLink());
        return templates.process("notifications/mail", context);
    }

    private String settingsLink() {
        return baseUrl + "/notifications/settings";
    }
}
