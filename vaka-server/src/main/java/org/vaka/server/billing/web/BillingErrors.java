package org.vaka.server.billing.web;

import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.vaka.server.billing.InvalidBillingInputException;

/** A refused billing request is a 400 that names the field. */
@RestControllerAdvice(assignableTypes = {ContractApi.class, InvoiceApi.class, PaymentApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BillingErrors {

    @ExceptionHandler(InvalidBillingInputException.class)
    ProblemDetail refused(InvalidBillingInputException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setProperty("field", e.field());
        problem.setProperty("errors", Map.of(e.field(), e.getMessage()));
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "the body is not readable JSON of the expected shape");
        problem.setProperty("field", "body");
        return problem;
    }
}
