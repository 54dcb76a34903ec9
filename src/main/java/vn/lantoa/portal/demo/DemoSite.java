package vn.lantoa.portal.demo;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.lantoa.media.MediaAsset;
import vn.lantoa.media.MediaLibrary;
import vn.lantoa.portal.site.Site;
import vn.lantoa.portal.site.Sites;

/**
 * The demo province's site filled in as a union would: contacts, links, an introduction in two
 * languages and one campaign banner, so that a first look at the portal shows every part of it.
 * Addresses and links are made up.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "lantoa.demo-data", havingValue = "true")
class DemoSite implements ApplicationRunner {

    private final Sites sites;
    private final JdbcClient jdbc;
    private final MediaLibrary media;

    DemoSite(Sites sites, JdbcClient jdbc, MediaLibrary media) {
        this.sites = sites;
        this.jdbc = jdbc;
        this.media = media;
    }

    @Override
    public void run(ApplicationArguments args) {
        Site site = sites.forHost(null);
        if (!site.tagline().isEmpty() || jdbc.sql("select count(*) from portal_banner").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("""
                update portal_site set tagline = :tagline, address = :address, address_en = :addressEn, phone = '0237 3000 000',
                  email = 'hoiphunu@lantoa.local', fanpage_url = 'https://www.facebook.com/lantoa.demo',
                  zalo_url = 'https://zalo.me/lantoademo', intro_vi = :introVi, intro_en = :introEn where id = :id""")
                .param("tagline", "Tự tin – Tự trọng – Trung hậu – Đảm đang")
                .param("address", "Số 1 đường Lan Tỏa, phường Hạc Thành, tỉnh Thanh Hóa")
                .param("addressEn", "1 Lan Toa Street, Hac Thanh Ward, Thanh Hoa Province, Viet Nam")
                .param("introVi", """
                        <p>Hội Liên hiệp Phụ nữ tỉnh là tổ chức chính trị – xã hội đại diện cho quyền và lợi ích hợp pháp, chính đáng \
                        của phụ nữ trong tỉnh, phấn đấu vì sự phát triển của phụ nữ và bình đẳng giới.</p>
                        <h2>Nhiệm vụ</h2>
                        <ul><li>Tuyên truyền, giáo dục, vận động phụ nữ.</li><li>Chăm lo, hỗ trợ phụ nữ phát triển kinh tế, xây dựng gia đình.</li>
                        <li>Xây dựng tổ chức Hội vững mạnh.</li></ul>""")
                .param("introEn", """
                        <p>The Provincial Women's Union is the political and social organisation that represents the rights and \
                        interests of the province's women and works for their development and for gender equality.</p>""")
                .param("id", site.id()).update();
        MediaAsset banner = media.storeImage(new ByteArrayInputStream(campaignPicture()), "thang-hanh-dong.png", 0);
        jdbc.sql("""
                insert into portal_banner (site_id, placement, title, link_url, media_id, alt_text, position)
                values (:site, 'BANNER', 'Tháng hành động vì bình đẳng giới', '/gioi-thieu', :media,
                        'Tháng hành động vì bình đẳng giới và phòng, chống bạo lực trên cơ sở giới', 10)""")
                .param("site", site.id()).param("media", banner.id()).update();
        jdbc.sql("update portal_cache_generation set generation = generation + 1").update();
    }

    /** Purple and orange bands with a ribbon: the colours of the UN gender-equality campaigns, no text. */
    private static byte[] campaignPicture() {
        BufferedImage image = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x6B21A8), 800, 400, new Color(0xF97316)));
        g.fillRect(0, 0, 800, 400);
        g.setColor(new Color(255, 255, 255, 200));
        g.fillOval(300, 100, 200, 200);
        g.setColor(new Color(0x6B21A8));
        g.fillOval(350, 150, 100, 100);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
