/**
 * HTTP concerns shared by every page and endpoint: security headers, problem details
 * written outside Spring MVC, and recognising a database outage. Published to the other
 * modules, which answer in the same shapes.
 */
@NamedInterface("web")
package app.breakeven.base.web;

import org.springframework.modulith.NamedInterface;
