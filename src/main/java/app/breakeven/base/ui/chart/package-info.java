/** The chart component every view draws with: ApexCharts behind our own element, fed plain data. */
@NamedInterface("chart")
package app.breakeven.base.ui.chart;

import org.springframework.modulith.NamedInterface;
