/** The application shell and UI pieces shared by every view: formats, the chart component. */
package app.breakeven.base.ui;
