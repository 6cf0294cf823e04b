package app.breakeven.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Writes the JSON API's 401 and 403 answers as problem details, like its other errors. */
@Component
class ApiProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    void write(HttpServletResponse response, int status, String detail) throws IOException {
        HttpStatus httpStatus = HttpStatus.valueOf(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", httpStatus.getReasonPhrase());
        problem.put("status", status);
        problem.put("detail", detail);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getWriter().write(JSON.writeValueAsString(problem));
    }
}
