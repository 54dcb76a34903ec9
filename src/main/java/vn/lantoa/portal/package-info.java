/**
 * The public website of the union (Cổng/Trang thông tin điện tử): home, sections, stories, unit
 * pages, static pages, search, reader comments, view counts, feeds, sitemaps and old-address
 * redirects. It reads what the newsroom published and never writes to it. One installation may
 * serve several sites, one per union, chosen by host name.
 */
@ApplicationModule(displayName = "Portal", allowedDependencies = {"newsroom", "media", "org", "calendar", "search", "common"})
package vn.lantoa.portal;

import org.springframework.modulith.ApplicationModule;
