package app.breakeven.scenarios.ui;

import app.breakeven.costs.uncertainty.Factor;
import app.breakeven.costs.uncertainty.PathsModel;
import app.breakeven.costs.uncertainty.Simulation;
import app.breakeven.costs.uncertainty.UncertainModel;
import app.breakeven.scenarios.InputProblem;
import app.breakeven.scenarios.SimulationRunner;
import app.breakeven.scenarios.Uncertainty;
import app.breakeven.scenarios.UncertaintyChoice;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * "How sure is this?": the ranges, then the distributions of a Monte Carlo run in the
 * background and the tornado. The simulation starts after every change while the panel is open,
 * replaces any run still going, reports its progress (the page polls while it runs) and can be
 * cancelled. The tornado is point arithmetic, sent with the run's result (or when the run stops)
 * so the browser draws the fan chart before it.
 * With {@code editable} false (the board link) the ranges are shown, not edited.
 * The panel's content is built and sent to the page the first time it opens: a scenario looked at
 * and never questioned costs the page nothing beyond its title.
 */
public class UncertaintyPanel extends Details {

    public static final String TITLE = "How sure is this? Uncertainty and sensitivity";
    /** How often the page asks for the run's progress and result while it runs. */
    private static final int POLL_MS = 100;

    /** Built with the content: null until the panel first opens. */
    private RangeFields ranges;

    /** The distributions and tornados, put on the page with the content. */
    final UncertaintyResults results = new UncertaintyResults();
    /** On the board link, the ranges in words in place of the fields. */
    public final Paragraph rangesText = new Paragraph();

    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Button cancel = new Button("Cancel");
    private final SimulationRunner runner;

    private final boolean editable;
    private Runnable onRangesChange = () -> {};
    private List<Factor> factors;

    /** Built on first use after each {@link #show}: a closed panel never builds one. */
    private Supplier<UncertainModel> source;

    private UncertainModel model;
    private UncertaintyChoice choice;
    private int horizonMonths;
    private Job job;

    /** One run: cancelled when replaced, its result shown only if still current. */
    private static final class Job {
        final AtomicBoolean cancelled = new AtomicBoolean();
        volatile int done;
        CompletableFuture<Simulation> future;
        /** Completes once the result has been handed to the page (queued for its next poll). */
        CompletableFuture<Simulation> delivered;
    }

    public UncertaintyPanel(SimulationRunner runner, boolean editable) {
        this.runner = runner;
        this.editable = editable;
        setSummaryText(TITLE);
        setId("uncertainty");
        addClassName("uncertainty");
        status.setId("uncertainty-status");
        cancel.setId("uncertainty-cancel");
        cancel.addClickListener(e -> {
            cancelRun("Cancelled");
            drawTornado();
        });
        rangesText.setId("uncertainty-ranges-text");
        rangesText.setVisible(!editable);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                content();
                start();
            } else {
                cancelRun("Closed");
            }
        });
        showRunning(false);
    }

    /** The range fields, building the panel's content if it is not yet. */
    RangeFields ranges() {
        content();
        return ranges;
    }

    private void content() {
        if (ranges != null) {
            return;
        }
        ranges = new RangeFields();
        ranges.setVisible(editable);
        ranges.setEnabled(editable);
        ranges.onChange(onRangesChange);
        if (factors != null) {
            ranges.show(factors, choice);
        }
        var running = new Div(progress, status, cancel);
        running.addClassName("table-bar");
        add(ranges, rangesText, running, results);
    }

    /** Whether the ranges are fields to edit (the studio) rather than words (the board link). */
    public boolean editable() {
        return editable;
    }

    void onChange(Runnable listener) {
        onRangesChange = listener;
        if (ranges != null) {
            ranges.onChange(listener);
        }
    }

    /** The choice the fields hold, on top of {@code base}: {@code base} itself while they are not built. */
    public UncertaintyChoice read(UncertaintyChoice base) {
        return ranges == null ? base : ranges.read(base);
    }

    /**
     * Shows on the range fields the problems that are theirs; returns the others. A problem of
     * theirs builds the fields if they are not yet, so it marks its row, as the user finds it on
     * opening the panel, rather than showing without its field.
     */
    List<InputProblem> showProblems(List<InputProblem> problems) {
        if (ranges == null && problems.stream().noneMatch(RangeFields::owns)) {
            return problems;
        }
        return ranges().showProblems(problems);
    }

    /**
     * The scenario now drawn: while the panel is open, the tornado at once and the simulation in
     * the background; a closed panel draws both when opened.
     *
     * @param factors the scenario's uncertain inputs ({@link Uncertainty#factors})
     * @param model   builds the model on those inputs ({@link Uncertainty#model}), asked only when drawn
     */
    public void show(
            List<Factor> factors, Supplier<UncertainModel> model, UncertaintyChoice choice, int horizonMonths) {
        this.source = model;
        this.model = null;
        this.choice = choice;
        this.horizonMonths = horizonMonths;
        this.factors = factors;
        if (ranges != null) {
            ranges.clearProblems();
            ranges.show(factors, choice);
        }
        rangesText.setText(describe(factors));
        // Nothing is drawn in a closed panel: the page stays as quick as without it.
        if (isOpened()) {
            start();
        }
    }

    /** "Ranges: GPUs ($ a deployment-month) $2,000 to $4,000 (triangular); ...", the certain inputs left out. */
    static String describe(List<Factor> factors) {
        List<String> parts = factors.stream()
                .filter(f -> !f.range().certain())
                .map(f ->
                        f.label() + " " + RangeFields.shown(f.role(), f.range().low()) + " to "
                                + RangeFields.shown(f.role(), f.range().high()) + " ("
                                + f.range().shape().label() + ")")
                .toList();
        return parts.isEmpty()
                ? "No input carries a range: every draw is the point figure."
                : "Ranges: " + String.join("; ", parts) + ".";
    }

    private UncertainModel model() {
        if (model == null) {
            model = source.get();
        }
        return model;
    }

    private void drawTornado() {
        results.showTornado(Uncertainty.tornado(model()), model instanceof PathsModel);
    }

    private void start() {
        if (source == null) {
            return;
        }
        cancelRun(null);
        Job next = new Job();
        job = next;
        UI ui = UI.getCurrent();
        UncertainModel m = model();
        UncertaintyChoice c = choice;
        int months = horizonMonths;
        showRunning(true);
        status.setText("Simulating " + String.format(java.util.Locale.ROOT, "%,d", c.draws()) + " draws…");
        progress.setValue(0);
        ui.setPollInterval(POLL_MS);
        next.future = runner.submit(() -> Uncertainty.simulate(
                m,
                c,
                done -> {
                    next.done = done;
                    ui.access(() -> {
                        if (job == next) {
                            progress.setValue(done / (double) c.draws());
                        }
                    });
                },
                next.cancelled::get));
        next.delivered = next.future.whenComplete(
                (simulation, error) -> ui.access(() -> finished(ui, next, simulation, error, months)));
    }

    private void finished(UI ui, Job finished, Simulation s, Throwable error, int months) {
        if (job != finished) {
            return;
        }
        ui.setPollInterval(-1);
        showRunning(false);
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        if (cause instanceof CancellationException) {
            drawTornado();
            return;
        }
        if (cause != null) {
            status.setText("The simulation failed: " + cause.getMessage());
            status.setVisible(true);
            drawTornado();
            return;
        }
        results.showDistributions(s, model instanceof PathsModel, months);
        // After the distributions, so the browser draws the fan chart first.
        drawTornado();
    }

    /** Stops the run going, if any; {@code why} is shown, or nothing when null. */
    private void cancelRun(String why) {
        Job running = job;
        job = null;
        if (running != null && running.future != null && !running.future.isDone()) {
            running.cancelled.set(true);
            if (why != null) {
                status.setText(why + " after " + String.format(java.util.Locale.ROOT, "%,d", running.done) + " draws");
            }
        }
        UI.getCurrent().setPollInterval(-1);
        showRunning(false);
        status.setVisible(why != null);
    }

    private void showRunning(boolean running) {
        progress.setVisible(running);
        cancel.setVisible(running);
        status.setVisible(running);
    }

    /** Waits for the run going, for tests: the page's poll then delivers its result. */
    boolean awaitRun(long seconds) throws Exception {
        Job running = job;
        if (running == null || running.delivered == null) {
            return false;
        }
        try {
            running.delivered.get(seconds, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            // finished() reports it
        }
        return true;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        results.hideDistributions();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        Job running = job;
        if (running != null) {
            running.cancelled.set(true);
        }
        super.onDetach(event);
    }
}
