package vn.lantoa.accountability.exports.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A report in the layout of Decree 30/2020/NĐ-CP: header, title ("BÁO CÁO"), subject line, body,
 * recipients and signature. The same model drives the .docx and the .pdf, so both print the same.
 */
public record OfficialReport(DocumentHeader header, String title, String subject, List<Block> body, Recipients recipients,
                             Signature signature) {

    public static final String DEFAULT_TITLE = "BÁO CÁO";

    public OfficialReport {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        subject = subject == null ? "" : subject.strip();
        body = List.copyOf(body);
    }

    public static Builder builder(DocumentHeader header, String subject) {
        return new Builder(header, subject);
    }

    /**
     * Builds the body in reading order and numbers the headings as the decree writes them:
     * level 1 with Roman numerals (I, II, …), level 2 with Arabic ones restarting under each level 1.
     */
    public static final class Builder {

        private final DocumentHeader header;
        private final String subject;
        private String title = DEFAULT_TITLE;
        private final List<Block> body = new ArrayList<>();
        private Recipients recipients = new Recipients(List.of(), "VT");
        private Signature signature = new Signature("", "", "", false);
        private int sections;
        private int subsections;

        private Builder(DocumentHeader header, String subject) {
            this.header = header;
            this.subject = subject;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder section(String text) {
            sections++;
            subsections = 0;
            body.add(new Block.Heading(1, Block.roman(sections), text));
            return this;
        }

        public Builder subsection(String text) {
            subsections++;
            body.add(new Block.Heading(2, Integer.toString(subsections), text));
            return this;
        }

        public Builder paragraph(String text) {
            body.add(new Block.Paragraph(text));
            return this;
        }

        public Builder bullet(String text) {
            body.add(new Block.Bullet(text));
            return this;
        }

        public Builder table(TableBlock table) {
            body.add(table);
            return this;
        }

        public Builder add(Block block) {
            body.add(block);
            return this;
        }

        public Builder recipients(Recipients recipients) {
            this.recipients = recipients;
            return this;
        }

        public Builder signature(Signature signature) {
            this.signature = signature;
            return this;
        }

        public OfficialReport build() {
            return new OfficialReport(header, title, subject, body, recipients, signature);
        }
    }
}
