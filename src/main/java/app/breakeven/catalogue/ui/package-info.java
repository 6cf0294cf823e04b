/** Where analysts keep the catalogue true: grids, edit forms, history, import and export. */
package app.breakeven.catalogue.ui;
