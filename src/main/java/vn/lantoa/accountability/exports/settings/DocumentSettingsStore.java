package vn.lantoa.accountability.exports.settings;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.accountability.exports.document.DocumentNumber;
import vn.lantoa.common.audit.AuditEntry;
import vn.lantoa.common.audit.AuditLog;
import vn.lantoa.common.security.Actor;
import vn.lantoa.common.security.Forbidden;
import vn.lantoa.common.security.Role;
import vn.lantoa.common.text.VietnameseText;
import vn.lantoa.common.web.Conflict;
import vn.lantoa.common.web.InvalidInput;
import vn.lantoa.org.OrgDirectory;
import vn.lantoa.org.UnitLevel;
import vn.lantoa.org.UnitRef;

/**
 * The unions' document settings and their number register. Only a union's ADMIN changes its settings;
 * numbers are taken from a per-union, per-year counter in one SQL statement, so two exports at once
 * never get the same number.
 */
@Service
public class DocumentSettingsStore {

    private final JdbcClient jdbc;
    private final OrgDirectory org;
    private final AuditLog audit;

    DocumentSettingsStore(JdbcClient jdbc, OrgDirectory org, AuditLog audit) {
        this.jdbc = jdbc;
        this.org = org;
        this.audit = audit;
    }

    /** Whether a unit issues its own documents: a province (or city) union or the central union. */
    public static boolean issuesDocuments(UnitRef unit) {
        return unit.level() == UnitLevel.PROVINCE || unit.level() == UnitLevel.CENTRAL;
    }

    /** The unions whose settings this actor may change: those on which they are ADMIN (or below an ADMIN grant). */
    public List<UnitRef> administeredBy(Actor actor) {
        return actor.rootsFor(Role.ADMIN).stream()
                .flatMap(g -> org.unit(g.unitId()).stream())
                .filter(DocumentSettingsStore::issuesDocuments)
                .toList();
    }

    /** A union this actor may configure, also one below their own (the central admin configuring a province). */
    public Optional<UnitRef> administrable(Actor actor, long unitId) {
        return org.unit(unitId).filter(DocumentSettingsStore::issuesDocuments).filter(u -> actor.may(u.path(), Role.ADMIN));
    }

    public DocumentSettings of(UnitRef union) {
        return find(union.id()).orElseGet(() -> DocumentSettings.defaults(union.id(), union.name(), union.level() == UnitLevel.CENTRAL));
    }

    public Optional<DocumentSettings> find(long unitId) {
        return jdbc.sql("""
                select owner_unit_id, parent_body, issuing_body, short_code, number_pattern, place, signer_authority, signer_title,
                       signer_name, recipients, archive, auto_number, version
                from official_document_setting where owner_unit_id = :unit""")
                .param("unit", unitId)
                .query((rs, n) -> new DocumentSettings(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                        rs.getString(11), rs.getBoolean(12), rs.getLong(13), true))
                .optional();
    }

    @Transactional
    public void save(Actor actor, UnitRef union, DocumentSettingsChange change) {
        if (!issuesDocuments(union) || !actor.may(union.path(), Role.ADMIN)) {
            throw new Forbidden("error.forbidden");
        }
        String problem = DocumentNumber.problem(change.numberPattern());
        if (problem != null) {
            throw new InvalidInput("numberPattern", problem);
        }
        if (!change.shortCode().strip().matches("[\\p{Lu}\\p{N}\\-]{1,20}")) {
            throw new InvalidInput("shortCode", "exports.settings.code.invalid");
        }
        var params = new java.util.HashMap<String, Object>();
        params.put("unit", union.id());
        params.put("parentBody", VietnameseText.clean(change.parentBody()));
        params.put("issuingBody", VietnameseText.clean(change.issuingBody()));
        params.put("code", change.shortCode().strip());
        params.put("pattern", change.numberPattern().strip());
        params.put("place", VietnameseText.clean(change.place()));
        params.put("authority", VietnameseText.clean(change.signerAuthority()));
        params.put("title", VietnameseText.clean(change.signerTitle()));
        params.put("name", VietnameseText.clean(change.signerName()));
        params.put("recipients", change.recipients() == null ? "" : change.recipients().strip());
        params.put("archive", change.archive() == null || change.archive().isBlank() ? "VT" : VietnameseText.clean(change.archive()));
        params.put("auto", change.autoNumber());
        params.put("by", actor.accountId());
        params.put("version", change.version());
        int changed;
        if (change.version() < 0) {
            changed = jdbc.sql("""
                    insert into official_document_setting (owner_unit_id, parent_body, issuing_body, short_code, number_pattern, place,
                      signer_authority, signer_title, signer_name, recipients, archive, auto_number, updated_by)
                    values (:unit, :parentBody, :issuingBody, :code, :pattern, :place, :authority, :title, :name, :recipients, :archive,
                      :auto, :by)
                    on conflict (owner_unit_id) do nothing""").params(params).update();
        } else {
            changed = jdbc.sql("""
                    update official_document_setting set parent_body = :parentBody, issuing_body = :issuingBody, short_code = :code,
                      number_pattern = :pattern, place = :place, signer_authority = :authority, signer_title = :title,
                      signer_name = :name, recipients = :recipients, archive = :archive, auto_number = :auto, updated_by = :by,
                      updated_at = now(), version = version + 1
                    where owner_unit_id = :unit and version = :version""").params(params).update();
        }
        if (changed == 0) {
            throw new Conflict("version", "exports.settings.changedMeanwhile");
        }
        audit.record(AuditEntry.of("OFFICIAL_DOCUMENT_SETTINGS_SAVED", "UNIT", union.id(), union.name(), union.path(),
                "code=" + params.get("code") + ", pattern=" + params.get("pattern") + ", auto=" + change.autoNumber()));
    }

    /** The next number of a union in a year, taken atomically, and written to the register with the document's subject. */
    @Transactional
    public int issue(Actor actor, UnitRef union, int year, String numberPattern, String code, String subject, String periodCode) {
        int number = jdbc.sql("""
                insert into official_document_counter (owner_unit_id, year, last_number) values (:unit, :year, 1)
                on conflict (owner_unit_id, year) do update set last_number = official_document_counter.last_number + 1
                returning last_number""")
                .param("unit", union.id()).param("year", year).query(Integer.class).single();
        String text = new DocumentNumber(numberPattern, code).format(number, year);
        jdbc.sql("""
                insert into official_document_issue (owner_unit_id, year, number, number_text, subject, period_code, issued_by)
                values (:unit, :year, :number, :text, :subject, :period, :by)""")
                .param("unit", union.id()).param("year", year).param("number", number).param("text", text)
                .param("subject", subject.length() > 500 ? subject.substring(0, 500) : subject).param("period", periodCode)
                .param("by", actor.accountId()).update();
        audit.record(AuditEntry.of("OFFICIAL_DOCUMENT_ISSUED", "UNIT", union.id(), union.name(), union.path(), text + " " + subject));
        return number;
    }
}
