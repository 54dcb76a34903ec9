package vn.lantoa.org.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.lantoa.org.UnitLevel;

/**
 * The tree under a unit as .xlsx, parents before children, in the same columns the import reads,
 * so an exported file can be edited and imported back.
 */
@Service
public class UnitExport {

    private final JdbcClient jdbc;
    private final MessageSource messages;

    UnitExport(JdbcClient jdbc, MessageSource messages) {
        this.jdbc = jdbc;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public void write(String rootPath, Locale locale, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "Lan Tỏa", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("export.sheet", null, locale));
        String[] header = {"code", "name", "level", "parent code", "members", "women", "counted on", "active"};
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, messages.getMessage("export.column." + header[c].replace(' ', '_'), null, header[c], locale));
            sheet.style(0, c).bold().fillColor("F3D1DC").set();
        }
        sheet.width(0, 16);
        sheet.width(1, 42);
        sheet.width(2, 14);
        sheet.width(3, 16);
        sheet.freezePane(0, 1);
        int[] row = {1};
        jdbc.sql("""
                select u.code, u.name, u.level, p.code as parent_code, u.members, u.women, u.counted_on, u.active
                from unit u left join unit p on p.id = u.parent_id
                where u.path like :root || '%'
                order by u.depth, u.path
                """)
                .param("root", rootPath)
                .query((rs, n) -> {
                    int r = row[0]++;
                    sheet.value(r, 0, rs.getString("code"));
                    sheet.value(r, 1, rs.getString("name"));
                    sheet.value(r, 2, messages.getMessage("unitLevel." + UnitLevel.valueOf(rs.getString("level")).name(), null, locale));
                    sheet.value(r, 3, rs.getString("parent_code"));
                    if (rs.getObject("members") != null) {
                        sheet.value(r, 4, rs.getInt("members"));
                    }
                    if (rs.getObject("women") != null) {
                        sheet.value(r, 5, rs.getInt("women"));
                    }
                    if (rs.getDate("counted_on") != null) {
                        sheet.value(r, 6, rs.getDate("counted_on").toLocalDate());
                        sheet.style(r, 6).format("dd/mm/yyyy").set();
                    }
                    sheet.value(r, 7, rs.getBoolean("active") ? "x" : "");
                    return null;
                })
                .list();
        workbook.finish();
    }
}
