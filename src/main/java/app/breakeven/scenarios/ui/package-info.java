/** The planner dashboard: sliders in, live headline figures and chart out. */
package app.breakeven.scenarios.ui;
