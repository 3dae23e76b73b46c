package org.vaka.server.alarms.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The answers the alarm APIs give to a request they cannot carry out, as RFC 9457 problem details. */
final class Problems {

    private Problems() {
    }

    /** 400, naming the field that is wrong so a form can point at it. */
    static ResponseEntity<ProblemDetail> invalid(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
        problem.setProperty("field", field);
        return ResponseEntity.badRequest().body(problem);
    }

    static ResponseEntity<ProblemDetail> notFound(String message) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, message));
    }

    static ResponseEntity<ProblemDetail> conflict(String message) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message));
    }
}
