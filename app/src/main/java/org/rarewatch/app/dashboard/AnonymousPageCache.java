package org.rarewatch.app.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.rarewatch.app.figures.FigureService;
import org.rarewatch.app.figures.FigureSnapshot;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Dashboard pages and figures-API answers are the same for every anonymous visitor until the figures change,
 * so the first answer is kept with the figure snapshot and served again as bytes, without rendering. Runs
 * after Spring Security, which adds its headers to every response as usual. Signed-in visitors (whose pages
 * carry their name and forms) are always answered afresh. API answers keep their ETag and Last-Modified, and a
 * matching conditional request still gets 304.
 */
@Component
class AnonymousPageCache extends OncePerRequestFilter {

    private static final Pattern PAGES = Pattern.compile("/cancers(/[a-z0-9-]+)?|/compare|/commitments/[A-Za-z0-9-]+");
    private static final Pattern API = Pattern.compile(
            "/api/v1/(indicators|published-figures|cancers(/[a-z0-9-]+)?|commitments/[A-Za-z0-9-]+/trajectories)");

    /** A first answer: its bytes, content type and validators. */
    record Answer(byte[] body, String contentType, String etag, String lastModified) {
    }

    private final FigureService figures;

    AnonymousPageCache(FigureService figures) {
        this.figures = figures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod())) {
            return true;
        }
        String uri = request.getRequestURI();
        boolean page = request.getQueryString() == null && PAGES.matcher(uri).matches();
        return !(page || API.matcher(uri).matches()) || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FigureSnapshot snapshot = figures.snapshot();
        String key = "answer " + request.getRequestURI() + "?" + request.getQueryString();
        if (snapshot.views().get(key) instanceof Answer answer) {
            replay(answer, request, response);
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null
                && (type.startsWith("text/html") || type.startsWith("application/json"))) {
            snapshot.views().putIfAbsent(key, new Answer(wrapper.getContentAsByteArray(), type,
                    wrapper.getHeader(HttpHeaders.ETAG), wrapper.getHeader(HttpHeaders.LAST_MODIFIED)));
        }
        wrapper.copyBodyToResponse();
    }

    private static void replay(Answer answer, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (answer.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, answer.etag());
            response.setHeader(HttpHeaders.LAST_MODIFIED, answer.lastModified());
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
            if (notModified(answer, request)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static boolean notModified(Answer answer, HttpServletRequest request) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || java.util.Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip).map(t -> t.startsWith("W/") ? t.substring(2) : t)
                    .anyMatch(answer.etag()::equals);
        }
        long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        if (since >= 0 && answer.lastModified() != null) {
            long modified = java.time.ZonedDateTime.parse(answer.lastModified(),
                    java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
            return modified <= since;
        }
        return false;
    }

    private static boolean anonymous() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated();
    }
}
