package app.breakeven.catalogue.ui;

import app.breakeven.catalogue.CatalogueEditing;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;

/**
 * Receives an upload into memory, but never more than {@link CatalogueEditing#MAX_UPLOAD_BYTES}:
 * a larger file is rejected as soon as it passes the limit, whatever the browser claimed.
 */
class LimitedUpload implements UploadHandler {

    static final String TOO_LARGE = "The file is larger than the 5 MB upload limit; nothing was imported.";

    private final SerializableBiConsumer<String, byte[]> onContent;
    private final SerializableConsumer<String> onRefused;

    LimitedUpload(SerializableBiConsumer<String, byte[]> onContent, SerializableConsumer<String> onRefused) {
        this.onContent = onContent;
        this.onRefused = onRefused;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] content;
        try (InputStream in = event.getInputStream()) {
            content = in.readNBytes(CatalogueEditing.MAX_UPLOAD_BYTES + 1);
        }
        if (content.length > CatalogueEditing.MAX_UPLOAD_BYTES) {
            event.reject(TOO_LARGE);
            event.getUI().access(() -> onRefused.accept(TOO_LARGE));
            return;
        }
        String name = event.getFileName();
        event.getUI().access(() -> onContent.accept(name, content));
    }

    @Override
    public long getFileSizeMax() {
        return CatalogueEditing.MAX_UPLOAD_BYTES;
    }
}
