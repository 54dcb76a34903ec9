/**
 * The posts of the units' channels and their engagement: import of Meta Business Suite exports (post
 * CSV and page daily series) with preview, bad-row report and idempotent re-import; the link from a post
 * to the portal story it shares; roll-ups per unit and subtree, engagement per follower and best posts.
 * The table {@code channel_post} is written by the import (source IMPORT) and by the Graph API pull
 * (source API): lifetime figures, the newest replacing the stored ones.
 */
package vn.lantoa.channels.posts;
