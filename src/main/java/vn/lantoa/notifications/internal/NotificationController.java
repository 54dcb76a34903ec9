package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.CurrentActor;
import vn.lantoa.common.web.NotFound;

/** The person's own notices, newest first, and their choice of email. Nobody sees another's notices. */
@Controller
class NotificationController {

    static final int PAGE_SIZE = 30;
    private static final String LIST = "notifications/list";
    private static final String SETTINGS = "notifications/settings";

    /** One notice as the list shows it, its sentence already in the reader's language. */
    record Row(long id, String text, Instant createdAt, boolean unread) {
    }

    record Inbox(List<Row> rows, int page, int pages, long total, long unread) {
    }

    private final Notices notices;
    private final NoticeTexts texts;
    private final EmailPreferences preferences;
    private final AccountDirectory accounts;
    private final Clock clock;

    NotificationController(Notices notices, NoticeTexts texts, EmailPreferences preferences, AccountDirectory accounts, Clock clock) {
        this.notices = notices;
        this.texts = texts;
        this.preferences = preferences;
        this.accounts = accounts;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String list(@RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        long accountId = CurrentActor.get().accountId();
        int current = Math.max(0, page);
        List<Row> rows = notices.latest(accountId, current * PAGE_SIZE, PAGE_SIZE).stream()
                .map(n -> new Row(n.id(), texts.sentence(n, locale), n.createdAt(), n.unread()))
                .toList();
        long total = notices.count(accountId);
        model.addAttribute("inbox", new Inbox(rows, current, (int) ((total + PAGE_SIZE - 1) / PAGE_SIZE), total, notices.unread(accountId)));
        return LIST;
    }

    @PostMapping("/notifications/read-all")
    String readAll(RedirectAttributes redirect) {
        notices.markAllRead(CurrentActor.get().accountId(), clock.instant());
        redirect.addFlashAttribute("flash", "notice.list.allRead");
        return "redirect:/notifications";
    }

    /** Opening a notice marks it read and leads to its story, unit or report. */
    @GetMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        Actor actor = CurrentActor.get();
        Notice notice = notices.mine(actor.accountId(), id).orElseThrow(() -> new NotFound("notice.error.notFound"));
        notices.markRead(actor.accountId(), id, clock.instant());
        return "redirect:" + notice.link();
    }

    @GetMapping("/notifications/settings")
    String settings(Model model) {
        long accountId = CurrentActor.get().accountId();
        model.addAttribute("mode", preferences.of(accountId));
        model.addAttribute("modes", EmailMode.values());
        model.addAttribute("email", accounts.account(accountId).map(AccountRef::email).filter(e -> !e.isBlank()).orElse(null));
        return SETTINGS;
    }

    @PostMapping("/notifications/settings")
    String saveSettings(@RequestParam EmailMode emailMode, RedirectAttributes redirect) {
        preferences.choose(CurrentActor.get().accountId(), emailMode);
        redirect.addFlashAttribute("flash", "notice.settings.saved");
        return "redirect:/notifications/settings";
    }
}
