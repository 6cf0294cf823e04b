package app.breakeven.api;

import app.breakeven.base.web.ProblemResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers as problem details what Spring MVC refuses before it has chosen a controller, such
 * as a method the path does not take (405, with Allow). No controller advice sees these
 * (they have no handler), and the default answer is an error page the /api chain would
 * turn into a redirect to the login page. Controllers' own errors are {@link ApiProblems}'.
 */
class ApiRoutingProblems implements HandlerExceptionResolver, Ordered {

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
        if (handler != null || !(e instanceof ErrorResponse error) || !ApiWebConfiguration.isApi(request)) {
            return null;
        }
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        try {
            ProblemResponse.write(
                    response,
                    HttpStatus.valueOf(error.getStatusCode().value()),
                    error.getBody().getDetail());
        } catch (IOException writing) {
            throw new UncheckedIOException(writing);
        }
        return new ModelAndView();
    }

    /** Before Spring MVC's own resolvers, which would send the error page. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
