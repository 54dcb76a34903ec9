package vn.lantoa.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Component;
import vn.lantoa.accounts.AccountDirectory;
import vn.lantoa.accounts.AccountRef;

/**
 * The morning summary: one email per person listing their unread notices of the last 24 hours that
 * have reached no mailbox yet. Sent notices are marked, so a second run the same day sends nothing twice.
 */
@Component
class DailyDigest {

    private static final Logger log = LoggerFactory.getLogger(DailyDigest.class);
    static final Duration WINDOW = Duration.ofHours(24);

    private final Notices notices;
    private final AccountDirectory accounts;
    private final NoticeMail mail;
    private final Clock clock;

    DailyDigest(Notices notices, AccountDirectory accounts, NoticeMail mail, Clock clock) {
        this.notices = notices;
        this.accounts = accounts;
        this.mail = mail;
        this.clock = clock;
    }

    /** Sends the digests due now; returns how many emails left. */
    int send() {
        Instant now = clock.instant();
        Map<Long, List<Notice>> byAccount = notices.forDigest(now.minus(WINDOW)).stream()
                .collect(Collectors.groupingBy(Notice::accountId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, AccountRef> people = accounts.accounts(byAccount.keySet());
        int sent = (int) byAccount.entrySet().stream()
                .filter(e -> send(people.get(e.getKey()), e.getValue(), now))
                .count();
        log.info("Sent {} daily digests of unread notices", sent);
        return sent;
    }

    private boolean send(AccountRef to, List<Notice> unread, Instant now) {
        if (!NoticeMail.reachable(to)) {
            return false;
        }
        try {
            mail.digest(to, unread);
            notices.mailed(unread.stream().map(Notice::id).toList(), now);
            return true;
        } catch (MailException e) {
            log.warn("Could not email the daily digest to {}: {}", to.username(), e.getMessage());
            return false;
        }
    }
}
