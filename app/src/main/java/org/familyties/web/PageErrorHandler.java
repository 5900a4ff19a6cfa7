package org.familyties.web;

import jakarta.servlet.http.HttpServletResponse;

import org.familyties.shared.RecordNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** Error pages for page controllers: 404 for records out of scope, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PageErrorHandler.class);

    static final String NOT_FOUND = "error/404";
    static final String CONFLICT = "error/409";
    static final String SERVER_ERROR = "error/5xx";

    @ExceptionHandler(RecordNotFoundException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(404);
        return NOT_FOUND;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    String conflict(HttpServletResponse response) {
        response.setStatus(409);
        return CONFLICT;
    }

    @ExceptionHandler(AccessDeniedException.class)
    void forbidden(AccessDeniedException e) {
        throw e; // let Spring Security answer: sign-in for anonymous users, 403 for others
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, HttpServletResponse response, Model model) throws Exception {
        if (e.getClass().isAnnotationPresent(org.springframework.web.bind.annotation.ResponseStatus.class)
                || e instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                || e instanceof org.springframework.web.ErrorResponse) {
            throw e;
        }
        log.error("Unexpected error rendering a page", e);
        response.setStatus(500);
        return SERVER_ERROR;
    }
}
