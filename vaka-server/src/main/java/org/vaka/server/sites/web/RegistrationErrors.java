package org.vaka.server.sites.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vaka.server.sites.InvalidRegistrationException;

/** Turns a refused registration into a 400 that names each field and what is wrong with it. */
@RestControllerAdvice(assignableTypes = {PanelAccountApi.class, SiteContactApi.class, SiteDetailsApi.class,
        SiteInstructionApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class RegistrationErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "the panel account was not registered: " + String.join("; ", errors.values()));
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(InvalidRegistrationException.class)
    ProblemDetail refused(InvalidRegistrationException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "not stored: " + e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("errors", Map.of(e.field(), e.getMessage()));
        return problem;
    }

    /** Not JSON, or a value of the wrong JSON type: nothing to name but the body. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "not stored: the body is not readable JSON of the expected shape");
        problem.setProperty("field", "body");
        return problem;
    }
}
