package app.breakeven.scenarios.ui;

import com.vaadin.flow.component.html.Div;

/** One headline figure with its caption and a line of explanation. */
public class Headline extends Div {

    private final Div caption = new Div();
    private final Div figure = new Div();
    private final Div note = new Div();

    public Headline(String id, String captionText, String variant) {
        setId(id);
        addClassName("headline");
        if (!variant.isEmpty()) {
            addClassName(variant);
        }
        caption.addClassName("caption");
        figure.addClassName("figure");
        note.addClassName("note");
        caption.setText(captionText);
        add(caption, figure, note);
    }

    void setCaption(String text) {
        caption.setText(text);
    }

    public void show(String figureText, String noteText) {
        figure.setText(figureText);
        note.setText(noteText);
    }

    public String figure() {
        return figure.getText();
    }

    /** The line under the figure. */
    public String note() {
        return note.getText();
    }
}
