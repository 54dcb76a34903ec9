package vn.lantoa.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.lantoa.support.ApiClient;
import vn.lantoa.support.IntegrationTest;

/** Importing a unit file through the browser: the preview of a bad file, then applying a good one. */
@IntegrationTest
class UnitImportBrowserTest {

    static final String HEADER = "code,name,level,parent code,members,women\n";

    static Browser browser;

    @LocalServerPort
    int port;

    @TempDir
    Path files;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void loggedInAsProvinceAdmin() {
        browser.reset(port).login("quantri");
    }

    @Test
    void previewListsEachBadRowWithItsLineAndReason() throws IOException {
        String r = suffix();
        uploadBadFile(r);

        assertThat(browser.text()).contains("Có 4 dòng lỗi.", "không có gì được ghi cho đến khi tệp hết lỗi");
        assertThat(problemCode(2)).isEqualTo("BE-" + r + "-1");
        assertThat(problemReason(2)).as("line 2").startsWith("Không tìm thấy đơn vị cấp trên");
        assertThat(problemCode(4)).isEqualTo("BE-" + r + "-2");
        assertThat(problemReason(4)).as("line 4").contains("trùng với dòng");
        assertThat(problemCode(5)).isEqualTo("BE-" + r + "-3");
        assertThat(problemReason(5)).as("line 5").startsWith("Sai thứ tự cấp");
        assertThat(problemCode(6)).isEqualTo("BE-" + r + "-4");
        assertThat(problemReason(6)).as("line 6").contains("không phải là số nguyên");
        assertThat(browser.driver().findElements(By.cssSelector("table.import-errors tbody tr")))
                .as("only the bad rows are listed").hasSize(4);
        assertThat(browser.buttons("Áp dụng tất cả")).as("nothing can be applied while the file has errors").isEmpty();
        assertThat(browser.link("Tải tệp khác").isDisplayed()).isTrue();
        browser.screenshot("import-preview-errors-1366");

        browser.phone();
        browser.assertNoHorizontalScroll();
        browser.screenshot("import-preview-errors-360");
        WebElement table = browser.driver().findElement(By.cssSelector("table.import-errors"));
        browser.scrollTo(table);
        browser.screenshot("import-preview-errors-360-table");
        assertThat(problemReason(5)).as("reasons readable on a phone").isNotBlank();

        // nothing was written
        assertThat(unitsWithCode("BE-" + r + "-2")).isZero();
    }

    /** The reasons name the values from the file, with the level names in Vietnamese. */
    @Test
    void problemReasonsNameTheValuesFromTheFile() throws IOException {
        String r = suffix();
        uploadBadFile(r);

        assertThat(problemReason(2)).isEqualTo(
                "Không tìm thấy đơn vị cấp trên có mã \"KHONG-CO-" + r + "\" (trong tệp hay trong hệ thống).");
        assertThat(problemReason(4)).isEqualTo("Mã BE-" + r + "-2 trùng với dòng 3.");
        assertThat(problemReason(5)).isEqualTo("Sai thứ tự cấp: Chi hội không thể trực thuộc Tỉnh/thành phố.");
        assertThat(problemReason(6)).isEqualTo("Cột số hội viên: \"abc\" không phải là số nguyên.");
    }

    @Test
    void fileWithoutTheParentColumnIsRefusedOnTheUploadForm() throws IOException {
        Path csv = csv("thieu-cot.csv", "code,name,level,members\nBX-1,Chi hội X,BRANCH,10\n");
        WebElement fileField = uploadForm();
        fileField.sendKeys(csv.toAbsolutePath().toString());
        browser.button("Xem trước thay đổi").click();

        WebElement error = browser.waitUntil(d -> d.findElements(By.id("import-error")).stream().findFirst().orElse(null));
        assertThat(error.getText()).startsWith("Tệp thiếu cột");
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nhập cây đơn vị từ tệp");
        assertThat(browser.field("Chọn tệp (tối đa 30 MB)").getDomAttribute("aria-describedby")).isEqualTo("import-error");
    }

    /** The missing column is named as it must be written in the file. */
    @Test
    void missingColumnIsNamed() throws IOException {
        Path csv = csv("thieu-cot.csv", "code,name,level,members\nBX-1,Chi hội X,BRANCH,10\n");
        uploadForm().sendKeys(csv.toAbsolutePath().toString());
        browser.button("Xem trước thay đổi").click();

        WebElement error = browser.waitUntil(d -> d.findElements(By.id("import-error")).stream().findFirst().orElse(null));
        assertThat(error.getText()).isEqualTo("Tệp thiếu cột \"parent code\".");
    }

    private void uploadBadFile(String r) throws IOException {
        Path csv = csv("loi-" + r + ".csv", HEADER
                + "BE-" + r + "-1,Chi hội thử cha lạ,BRANCH,KHONG-CO-" + r + ",100,150\n"     // line 2: unknown parent
                + "BE-" + r + "-2,Chi hội thử hai,BRANCH,TH-003,120,160\n"                    // line 3: fine
                + "BE-" + r + "-2,Chi hội thử hai lặp,BRANCH,TH-003,120,160\n"                // line 4: same code as line 3
                + "BE-" + r + "-3,Chi hội thử dưới tỉnh,BRANCH,TH,80,90\n"                    // line 5: branch under the province
                + "BE-" + r + "-4,Chi hội thử số sai,Chi hội,TH-003,abc,90\n");                // line 6: members not a number
        uploadForm().sendKeys(csv.toAbsolutePath().toString());
        browser.button("Xem trước thay đổi").click();
        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals("Xem trước khi nhập"));
        assertThat(browser.path()).matches("/admin/units/import/\\d+");
    }

    @Test
    void goodFileIsPreviewedAppliedAndItsBranchesAppearUnderTheCommune() throws IOException {
        String r = suffix();
        String first = "BT-" + r + "-1";
        String second = "BT-" + r + "-2";
        Path csv = csv("chi-hoi-moi-" + r + ".csv", HEADER
                + first + ",Chi hội thôn Thử Nghiệm " + r + " một,Chi hội,TH-003,45,60\n"
                + second + ",Chi hội thôn Thử Nghiệm " + r + " hai,BRANCH,TH-003,\"1.234\",1500\n");

        uploadForm().sendKeys(csv.toAbsolutePath().toString());
        browser.button("Xem trước thay đổi").click();

        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals("Xem trước khi nhập"));
        assertThat(browser.text())
                .contains("Tệp chi-hoi-moi-" + r + ".csv: 2 đơn vị mới, 0 đơn vị thay đổi", "Thay đổi sẽ áp dụng")
                .doesNotContain("dòng lỗi");
        assertThat(browser.text(By.cssSelector("main table"))).contains(first, second, "Thêm mới", "TH-003", "Chi hội");
        WebElement apply = browser.button("Áp dụng tất cả");
        browser.screenshot("import-preview-good-1366");
        browser.phone();
        browser.assertNoHorizontalScroll();
        browser.screenshot("import-preview-good-360");
        browser.desktop();

        // Cancelling the confirmation changes nothing.
        apply.click();
        Alert cancel = browser.waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(cancel.getText()).startsWith("Áp dụng toàn bộ thay đổi?");
        cancel.dismiss();
        assertThat(browser.path()).matches("/admin/units/import/\\d+");
        assertThat(browser.buttons("Áp dụng tất cả")).hasSize(1);
        assertThat(unitsWithCode(first)).isZero();

        browser.button("Áp dụng tất cả").click();
        Alert confirm = browser.waitUntil(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).isEqualTo("Áp dụng toàn bộ thay đổi? Tất cả được ghi cùng lúc, hoặc không gì cả nếu có lỗi.");
        confirm.accept();

        browser.waitForText("Đã nhập xong");
        assertThat(browser.text(By.cssSelector("#import-progress [role=status]")))
                .contains("Đã nhập xong: 2 đơn vị mới, 0 đơn vị cập nhật.");
        browser.screenshot("import-done-1366");

        // The new branches are on the page of commune TH-003, found with the search box.
        browser.link("Về cây đơn vị").click();
        browser.waitUntil(d -> browser.path().equals("/admin/units"));
        WebElement search = browser.driver().findElement(By.id("unit-q"));
        search.sendKeys("TH-003");
        WebElement results = browser.driver().findElement(By.id("unit-results"));
        browser.waitUntil(d -> !results.findElements(By.xpath(".//li[.//div[starts-with(normalize-space(), 'TH-003 ')]]//a")).isEmpty());
        results.findElement(By.xpath(".//li[.//div[starts-with(normalize-space(), 'TH-003 ')]]//a")).click();
        browser.waitUntil(d -> browser.text().contains("Mã đơn vị: TH-003"));
        assertThat(browser.path()).isEqualTo("/admin/units/" + idOf("TH-003"));
        WebElement children = browser.driver().findElement(By.xpath("//section[@aria-labelledby='children-heading']"));
        assertThat(children.getText()).contains("Chi hội thôn Thử Nghiệm " + r + " một", "Chi hội thôn Thử Nghiệm " + r + " hai");

        browser.link("Chi hội thôn Thử Nghiệm " + r + " hai").click();
        browser.waitUntil(d -> browser.text(By.tagName("h1")).equals("Chi hội thôn Thử Nghiệm " + r + " hai"));
        assertThat(browser.text()).contains("Mã đơn vị: " + second, "Chi hội", "1.234", "1.500");

        assertThat(unitsWithCode(first)).isEqualTo(1);
        assertThat(unitsWithCode(second)).isEqualTo(1);
    }

    private WebElement uploadForm() {
        browser.open("/admin/units");
        browser.link("Nhập từ tệp").click();
        browser.waitUntil(d -> browser.path().equals("/admin/units/import"));
        assertThat(browser.text(By.tagName("h1"))).isEqualTo("Nhập cây đơn vị từ tệp");
        return browser.field("Chọn tệp (tối đa 30 MB)");
    }

    private String problemReason(int line) {
        return problemRow(line).findElement(By.xpath("./td[3]")).getText();
    }

    private String problemCode(int line) {
        return problemRow(line).findElement(By.xpath("./td[2]")).getText();
    }

    private WebElement problemRow(int line) {
        return browser.driver().findElement(By.xpath("//table[contains(@class,'import-errors')]/tbody/tr[td[1][normalize-space()='" + line + "']]"));
    }

    private Path csv(String name, String content) throws IOException {
        return Files.writeString(files.resolve(name), content, StandardCharsets.UTF_8);
    }

    private long unitsWithCode(String code) {
        JsonNode hits = ApiClient.as(port, "quantri").get("/api/v1/units?q=" + code).json();
        long count = 0;
        for (JsonNode hit : hits) {
            if (hit.get("code").asString().equals(code)) {
                count++;
            }
        }
        return count;
    }

    private long idOf(String code) {
        JsonNode hits = ApiClient.as(port, "quantri").get("/api/v1/units?q=" + code).json();
        for (JsonNode hit : hits) {
            if (hit.get("code").asString().equals(code)) {
                return hit.get("id").asLong();
            }
        }
        throw new AssertionError("no unit with code " + code + ": " + hits);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
    }
}
