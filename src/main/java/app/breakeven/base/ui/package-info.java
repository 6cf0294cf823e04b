/**
 * The application shell and UI pieces shared by every view: the main layout, formats, the
 * error handler, and the extension point through which other modules add to the top bar.
 */
@NamedInterface("ui")
package app.breakeven.base.ui;

import org.springframework.modulith.NamedInterface;
