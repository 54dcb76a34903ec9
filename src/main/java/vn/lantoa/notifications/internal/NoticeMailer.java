package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;

/**
 * Emails each notice to those who want every notice by email. A failed mail leaves the notice in
 * place (it is in the app already) with its attempt counted: the retry job tries again a few times
 * within a day, and the morning digest sums up whatever is still unsent and unread.
 */
@Component
class NoticeMailer {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);
    /** Older notices are left to the digest: an email a day late would only confuse. */
    private static final Duration RETRY_WINDOW = Duration.ofHours(24);

    private final Notices notices;
    private final EmailPreferences preferences;
    private final AccountDirectory accounts;
    private final NoticeMail mail;
    private final NotificationSettings settings;
    private final Clock clock;

    NoticeMailer(Notices notices, EmailPreferences preferences, AccountDirectory accounts, NoticeMail mail,
                 NotificationSettings settings, Clock clock) {
        this.notices = notices;
        this.preferences = preferences;
        this.accounts = accounts;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** Outside a transaction: each notice is marked as its mail leaves, not all at once at the end. */
    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(NoticesRecorded recorded) {
        deliver(notices.find(recorded.ids()));
    }

    /** The retry job's work: notices whose email failed, tried again. */
    int retryFailed() {
        return deliver(notices.failedMails(clock.instant().minus(RETRY_WINDOW), settings.mailAttempts()));
    }

    private int deliver(List<Notice> list) {
        Set<Long> accountIds = list.stream().map(Notice::accountId).collect(Collectors.toSet());
        Map<Long, EmailMode> modes = preferences.of(accountIds);
        Map<Long, AccountRef> people = accounts.accounts(accountIds);
        return (int) list.stream()
                .filter(n -> modes.get(n.accountId()) == EmailMode.EVERY)
                .filter(n -> send(n, people.get(n.accountId())))
                .count();
    }

    private boolean send(Notice notice, AccountRef to) {
        if (!NoticeMail.reachable(to)) {
            return false;
        }
        try {
            mail.notice(to, notice);
            notices.mailed(List.of(notice.id()), clock.instant());
            return true;
        } catch (MailException e) {
            notices.mailFailed(notice.id());
            // One line without the stack: a mail server that is down would otherwise flood the log.
            log.warn("Could not email notice {} to {} (attempt {}); it stays in the app and will be retried: {}",
                    notice.id(), to.username(), notice.mailAttempts() + 1, e.getMessage());
            return false;
        }
    }
}
