package app.breakeven.api;

import app.breakeven.scenarios.InputProblem;
import app.breakeven.scenarios.InvalidInputsException;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Turns bad input into 400 problem details whose {@code errors} name each field, so a
 * client can point at what to fix. Nothing is evaluated or changed for a bad request. A
 * chunked body that passes the size limit while it is read gets 413.
 */
@RestControllerAdvice(basePackageClasses = ApiProblems.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler(InvalidInputsException.class)
    ResponseEntity<Object> invalidInputs(InvalidInputsException e) {
        return ResponseEntity.badRequest().body(problem(e.problems()));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<InputProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new InputProblem(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(problem(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getMostSpecificCause() instanceof BodyLimitFilter.BodyTooLargeException) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE, BodyLimitFilter.TOO_LARGE));
        }
        InputProblem problem = e.getMostSpecificCause() instanceof JacksonException jackson
                        && !jackson.getPath().isEmpty()
                ? new InputProblem(fieldPath(jackson), "has a value of the wrong type or form")
                : new InputProblem("body", "is not a well-formed JSON object");
        return ResponseEntity.badRequest().body(problem(List.of(problem)));
    }

    private static String fieldPath(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    static ProblemDetail problem(List<InputProblem> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                problems.stream().map(p -> p.field() + ": " + p.message()).collect(Collectors.joining("; ")));
        detail.setTitle("Invalid input");
        detail.setProperty("errors", problems);
        return detail;
    }
}
