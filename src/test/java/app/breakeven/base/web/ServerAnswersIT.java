package app.breakeven.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.breakeven.PostgresTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every answer carries the security headers, the application's and those Tomcat gives before
 * or instead of it. Sent over a raw socket, since an HTTP client refuses a malformed URL.
 */
@PostgresTest
class ServerAnswersIT {

    @LocalServerPort
    int port;

    @Test
    void a_malformed_url_tomcat_refuses_itself_carries_them() throws Exception {
        String head = head("GET /%zz");

        assertThat(head).startsWith("http/1.1 400 ");
        assertSecurityHeaders(head);
    }

    @Test
    void a_trace_tomcat_refuses_and_the_error_page_it_leads_to_carry_them() throws Exception {
        String head = head("TRACE /login");

        assertThat(head).doesNotStartWith("http/1.1 2");
        assertSecurityHeaders(head);
    }

    @Test
    void a_page_of_the_application_carries_them() throws Exception {
        String head = head("GET /login");

        assertThat(head).startsWith("http/1.1 200 ");
        assertSecurityHeaders(head);
    }

    private static void assertSecurityHeaders(String head) {
        assertThat(head)
                .contains(
                        "\r\nx-content-type-options: nosniff\r\n",
                        "\r\nx-frame-options: deny\r\n",
                        "\r\ncontent-security-policy: default-src 'self';",
                        "frame-ancestors 'none'");
    }

    /** The status line and headers of the answer, in lower case. */
    private String head(String requestLine) throws Exception {
        String answer = send(requestLine + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n\r\n");
        return answer.substring(0, answer.indexOf("\r\n\r\n") + 2).toLowerCase(Locale.ROOT);
    }

    private String send(String request) throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
