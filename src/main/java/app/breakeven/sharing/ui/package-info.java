/** The board link's read-only page, and the studio's Share panel for a scenario's owner. */
package app.breakeven.sharing.ui;
