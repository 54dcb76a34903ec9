package vn.lantoa.channels.posts;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds post exports as Meta Business Suite writes them: UTF-8 with BOM, 34 columns (33 and 32 in
 * other months, "Impressions" before November 2025, Vietnamese headers when the account is in
 * Vietnamese), quoted text with commas and newlines.
 */
public final class BusinessSuiteCsv {

    public static final List<String> COLUMNS_34 = List.of("Post ID", "Page ID", "Page name", "Title", "Description", "Duration (sec)",
            "Publish time", "Caption type", "Permalink", "Is crosspost", "Is share", "Post type", "Languages", "Custom labels",
            "Funded content status", "Data comment", "Date", "Views", "Reach", "Reactions, comments and shares", "Reactions", "Comments",
            "Shares", "Total clicks", "Link clicks", "Other clicks", "Matched audience targeting consumption (Photo click)",
            "Matched audience targeting consumption (Video click)", "Seconds viewed", "Average Seconds viewed", "Estimated earnings (USD)",
            "Ad CPM (USD)", "Ad impressions", "Ad clicks");
    /** Without "Languages". */
    public static final List<String> COLUMNS_33 = COLUMNS_34.stream().filter(c -> !c.equals("Languages")).toList();
    /** Without "Languages" and "Matched audience targeting consumption (Video click)", with "Impressions" for "Views" (before Nov 2025). */
    public static final List<String> COLUMNS_32 = COLUMNS_33.stream()
            .filter(c -> !c.equals("Matched audience targeting consumption (Video click)"))
            .map(c -> c.equals("Views") ? "Impressions" : c).toList();
    /** The same 34 columns as the Vietnamese interface names them. */
    public static final List<String> COLUMNS_VI = List.of("ID bài viết", "ID Trang", "Tên Trang", "Tiêu đề", "Mô tả", "Thời lượng (giây)",
            "Thời gian đăng", "Loại phụ đề", "Liên kết cố định", "Là bài đăng chéo", "Là lượt chia sẻ", "Loại bài viết", "Ngôn ngữ",
            "Nhãn tùy chỉnh", "Trạng thái nội dung được tài trợ", "Bình luận về dữ liệu", "Ngày", "Lượt xem", "Số người tiếp cận",
            "Cảm xúc, bình luận và lượt chia sẻ", "Cảm xúc", "Bình luận", "Lượt chia sẻ", "Tổng số lượt click", "Lượt click vào liên kết",
            "Lượt click khác", "Mức tiêu thụ nhắm mục tiêu theo đối tượng phù hợp (Lượt click vào ảnh)",
            "Mức tiêu thụ nhắm mục tiêu theo đối tượng phù hợp (Lượt click vào video)", "Số giây đã xem", "Số giây xem trung bình",
            "Thu nhập ước tính (USD)", "CPM quảng cáo (USD)", "Lượt hiển thị quảng cáo", "Lượt click quảng cáo");

    private final List<String> columns;
    private final List<Map<String, String>> rows = new ArrayList<>();
    private boolean bom = true;

    private BusinessSuiteCsv(List<String> columns) {
        this.columns = columns;
    }

    public static BusinessSuiteCsv of(List<String> columns) {
        return new BusinessSuiteCsv(columns);
    }

    public static BusinessSuiteCsv english() {
        return of(COLUMNS_34);
    }

    public BusinessSuiteCsv withoutBom() {
        bom = false;
        return this;
    }

    /** A post; the values are set by English header, mapped to the column at the same place in a Vietnamese list. */
    public BusinessSuiteCsv post(String postId, String pageId, String pageName, String title, String time, String permalink,
                                 long views, long reach, long reactions, long comments, long shares, long clicks) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("Post ID", postId);
        row.put("Page ID", pageId);
        row.put("Page name", pageName);
        row.put("Title", title);
        row.put("Description", title.replace("\n", " "));
        row.put("Duration (sec)", "0");
        row.put("Publish time", time);
        row.put("Caption type", "");
        row.put("Permalink", permalink);
        row.put("Is crosspost", "No");
        row.put("Is share", "No");
        row.put("Post type", "Photos");
        row.put("Languages", "vi");
        row.put("Custom labels", "");
        row.put("Funded content status", "");
        row.put("Data comment", "");
        row.put("Date", "Lifetime");
        row.put("Views", String.valueOf(views));
        row.put("Impressions", String.valueOf(views));
        row.put("Reach", String.valueOf(reach));
        row.put("Reactions, comments and shares", String.valueOf(reactions + comments + shares));
        row.put("Reactions", String.valueOf(reactions));
        row.put("Comments", String.valueOf(comments));
        row.put("Shares", String.valueOf(shares));
        row.put("Total clicks", String.valueOf(clicks));
        row.put("Link clicks", String.valueOf(clicks / 2));
        row.put("Other clicks", String.valueOf(clicks - clicks / 2));
        rows.add(row);
        return this;
    }

    /** Sets a cell of the last post, by English header. */
    public BusinessSuiteCsv set(String column, String value) {
        rows.get(rows.size() - 1).put(column, value);
        return this;
    }

    public String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.join(",", columns.stream().map(BusinessSuiteCsv::quote).toList())).append("\r\n");
        for (Map<String, String> row : rows) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                String english = columns == COLUMNS_VI ? COLUMNS_34.get(i) : columns.get(i);
                cells.add(quote(row.getOrDefault(english, "")));
            }
            out.append(String.join(",", cells)).append("\r\n");
        }
        return out.toString();
    }

    public byte[] bytes() {
        byte[] text = text().getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return text;
        }
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        return withBom;
    }

    static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
