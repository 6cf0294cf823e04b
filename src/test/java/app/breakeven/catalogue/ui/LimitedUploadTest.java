package app.breakeven.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.breakeven.catalogue.CatalogueEditing;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server enforces the upload limit itself, whatever the browser claims about the file. */
class LimitedUploadTest {

    private final List<byte[]> received = new ArrayList<>();
    private final List<String> refused = new ArrayList<>();
    private final LimitedUpload handler = new LimitedUpload((name, content) -> received.add(content), refused::add);

    private UploadEvent upload(InputStream content) {
        UploadEvent event = mock(UploadEvent.class);
        UI ui = mock(UI.class);
        when(event.getInputStream()).thenReturn(content);
        when(event.getUI()).thenReturn(ui);
        when(ui.access(any())).thenAnswer(call -> {
            ((Command) call.getArgument(0)).execute();
            return null;
        });
        return event;
    }

    @Test
    void passes_on_a_file_within_the_limit() throws Exception {
        UploadEvent event = upload(new ByteArrayInputStream("name\nx\n".getBytes()));

        handler.handleUploadRequest(event);

        assertThat(received).hasSize(1);
        assertThat(new String(received.getFirst())).isEqualTo("name\nx\n");
        verify(event, never()).reject(any());
    }

    @Test
    void rejects_a_50_mb_upload_after_reading_no_more_than_the_limit() throws Exception {
        long[] read = {0};
        InputStream fifty = new InputStream() {
            private long left = 50L * 1024 * 1024;

            @Override
            public int read() {
                if (left == 0) {
                    return -1;
                }
                left--;
                read[0]++;
                return 'a';
            }
        };
        UploadEvent event = upload(fifty);

        handler.handleUploadRequest(event);

        assertThat(received).isEmpty();
        assertThat(refused).containsExactly(LimitedUpload.TOO_LARGE);
        verify(event).reject(LimitedUpload.TOO_LARGE);
        assertThat(read[0]).isEqualTo(CatalogueEditing.MAX_UPLOAD_BYTES + 1L);
    }
}
