package vn.lantoa.portal.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose pages use the public layout: only these get the site, its menu and its
 * address from {@link PortalModel} (feeds, beacons, suggestions and staff pages do without the queries).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface PublicPage {
}
