package app.breakeven.security;

import app.breakeven.base.web.ProblemResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Writes the JSON API's 401 and 403 answers as problem details, like its other errors. */
@Component
class ApiProblemWriter {

    void write(HttpServletResponse response, int status, String detail) throws IOException {
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        ProblemResponse.write(response, HttpStatus.valueOf(status), detail);
    }
}
