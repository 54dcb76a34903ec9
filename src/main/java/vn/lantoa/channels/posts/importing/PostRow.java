package vn.lantoa.channels.posts.importing;

import java.time.Instant;
import java.util.Map;

/**
 * A good row of a post export: the post and its lifetime figures (null when the file has no such
 * column or leaves it blank), and every other column under the file's own header.
 */
public record PostRow(int line, String externalId, Instant publishedAt, String title, String permalink, String postType,
                      Long views, Long reach, Long reactions, Long comments, Long shares, Long clicks, Map<String, String> extra) {
}
