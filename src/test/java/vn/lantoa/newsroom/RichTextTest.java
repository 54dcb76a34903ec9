package vn.lantoa.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.lantoa.newsroom.story.RichText;

/** What survives of pasted and hostile HTML when a story is saved. */
class RichTextTest {

    @Test
    void wordPasteKeepsParagraphsBoldAndListsButNotItsMarkup() {
        String word = """
                <p class=MsoNormal style='margin-bottom:0cm;line-height:normal'><b><span lang=VI style='font-size:14.0pt;
                font-family:"Times New Roman",serif'>Hội LHPN xã</span></b><span lang=VI> tổ chức<o:p></o:p></span></p>
                <ul><li class=MsoListParagraph style='mso-list:l0 level1 lfo1'>Tập huấn chuyển đổi số</li></ul>
                <!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]-->
                """;
        String clean = RichText.sanitize(word);
        assertThat(clean).contains("<b>Hội LHPN xã</b>", "tổ chức", "<li>Tập huấn chuyển đổi số</li>")
                .doesNotContain("class=", "style=", "Mso", "o:p", "mso", "xml", "font-family");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksAreRemoved() {
        String hostile = "<p onclick=\"steal()\">Xin chào<script>alert(1)</script><img src=x onerror=alert(2)>"
                + "<a href=\"javascript:alert(3)\">bấm</a><a href=\"https://phunu.vn/tin\">Báo Phụ nữ</a><iframe src=//evil></iframe></p>";
        String clean = RichText.sanitize(hostile);
        assertThat(clean).doesNotContain("script", "onclick", "onerror", "<img", "javascript:", "iframe")
                .contains("Xin chào", "<a href=\"https://phunu.vn/tin\" rel=\"nofollow noopener\">Báo Phụ nữ</a>");
    }

    @Test
    void blocksAreWhatRevisionsCompare() {
        assertThat(RichText.blocks("<h2>Mở đầu</h2><p>Đoạn một.</p><ul><li>Ý a</li><li>Ý b</li></ul><p><br></p>"))
                .containsExactly("Mở đầu", "Đoạn một.", "Ý a", "Ý b");
        assertThat(RichText.blocks("chữ trơn không thẻ")).containsExactly("chữ trơn không thẻ");
    }
}
