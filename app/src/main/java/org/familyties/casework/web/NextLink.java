package org.familyties.casework.web;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A page of an API list: the body stays a plain JSON array, and the following page, if any, is named by a
 * {@code Link: <...?after=cursor>; rel="next"} header (RFC 8288), so existing clients keep working.
 */
final class NextLink {

    private NextLink() {
    }

    static <T> ResponseEntity<List<T>> ok(List<T> items, String next) {
        var response = ResponseEntity.ok();
        if (next != null) {
            String url = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("after", next)
                    .build().toUriString();
            response.header(HttpHeaders.LINK, "<" + url + ">; rel=\"next\"");
        }
        return response.body(items);
    }
}
