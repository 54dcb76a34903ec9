package vn.lantoa.channels.connect;

/** What a platform metric is read for; its name on the platform is data (table channel_metric). */
public enum MetricPurpose {
    PAGE_FOLLOWS_DAILY,
    PAGE_MEDIA_VIEWS_DAILY,
    POST_VIEWS,
    POST_REACH,
    POST_CLICKS,
    POST_REACTIONS
}
