package org.rarewatch.app.tracker.api;

import java.util.List;
import org.rarewatch.app.tracker.TrackerConflictException;
import org.rarewatch.app.tracker.TrackerNotFoundException;
import org.rarewatch.app.tracker.freeze.FrozenEdition;
import org.rarewatch.engine.io.InvalidInputException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Turns tracker failures into one JSON error shape with the right HTTP status, never a stack trace. */
@RestControllerAdvice(assignableTypes = {TrackerApiController.class, EditorApiController.class})
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ApiModel.ErrorJson> invalid(InvalidInputException e) {
        List<ApiModel.ProblemJson> problems = e.problems().stream()
                .map(p -> new ApiModel.ProblemJson(p.column(), p.value(), p.reason())).toList();
        String first = e.problems().get(0).column() + ": " + e.problems().get(0).reason();
        return respond(HttpStatus.BAD_REQUEST, e.problems().size() == 1 ? first + ". Nothing was saved."
                : e.problems().size() + " problems, the first: " + first + ". Nothing was saved.", null, problems);
    }

    @ExceptionHandler(TrackerNotFoundException.class)
    ResponseEntity<ApiModel.ErrorJson> notFound(TrackerNotFoundException e) {
        return respond(HttpStatus.NOT_FOUND, e.getMessage(), null, List.of());
    }

    @ExceptionHandler(TrackerConflictException.class)
    ResponseEntity<ApiModel.ErrorJson> conflict(TrackerConflictException e) {
        return respond(HttpStatus.CONFLICT, e.getMessage(), e.currentVersion(), List.of());
    }

    /** Two saves racing inside the database (row lock, serialisation failure) also lose politely. */
    @ExceptionHandler({ConcurrencyFailureException.class, DuplicateKeyException.class})
    ResponseEntity<ApiModel.ErrorJson> race(DataAccessException e) {
        return respond(HttpStatus.CONFLICT, "the same item was changed by someone else at the same moment. Nothing "
                + "was saved: reload, re-apply your change and save again.", null, List.of());
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ApiModel.ErrorJson> database(DataAccessException e) {
        String frozen = FrozenEdition.rejection(e);
        if (frozen != null) {
            return respond(HttpStatus.CONFLICT, frozen, null, List.of());
        }
        throw e;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiModel.ErrorJson> unreadable(Exception e) {
        return respond(HttpStatus.BAD_REQUEST, "the request could not be read: send JSON with the documented fields"
                + " (see /v3/api-docs)", null, List.of());
    }

    private static ResponseEntity<ApiModel.ErrorJson> respond(HttpStatus status, String message, Integer version,
            List<ApiModel.ProblemJson> problems) {
        return ResponseEntity.status(status)
                .body(new ApiModel.ErrorJson(status.value(), status.getReasonPhrase(), message, version, problems));
    }
}
