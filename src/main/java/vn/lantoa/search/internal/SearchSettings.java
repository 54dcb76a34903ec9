package vn.lantoa.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings under lantoa.search: whether the start-up compares the index with the stored documents
 * and rebuilds it when their counts differ. The index itself is configured under
 * spring.jpa.properties.hibernate.search.* (application.yml).
 */
@Validated
@ConfigurationProperties("lantoa.search")
record SearchSettings(@DefaultValue("true") boolean checkOnStart) {
}
