package vn.lantoa.portal.web;

import java.time.Duration;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.lantoa.search.SiteSearch;
import vn.lantoa.search.Suggestion;

/** Titles suggested while a reader types in a search box: asked at every pause in typing, so kept to one search. */
@RestController
class SearchSuggestions {

    private static final int SUGGESTIONS = 8;

    private final SiteSearch search;

    SearchSuggestions(SiteSearch search) {
        this.search = search;
    }

    @GetMapping(value = "/tim-kiem/goi-y", produces = "application/json")
    ResponseEntity<List<Suggestion>> suggestions(@RequestParam(defaultValue = "") String q) {
        List<Suggestion> found = q.strip().length() < 2 ? List.of()
                : search.suggest(q.length() > 100 ? q.substring(0, 100) : q, SUGGESTIONS * 3).stream()
                        .filter(s -> s.url().startsWith("/tin/")).limit(SUGGESTIONS).toList();
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic()).body(found);
    }
}
