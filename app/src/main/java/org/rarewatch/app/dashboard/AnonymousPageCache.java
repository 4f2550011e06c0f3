package org.rarewatch.app.dashboard;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.rarewatch.app.figures.FigureService;
import org.rarewatch.app.figures.FigureSnapshot;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Dashboard pages as anonymous visitors see them are the same for everyone until the figures change, so the
 * rendered page is kept with the figure snapshot and served again without rendering. Runs after Spring
 * Security, which adds its headers to every response as usual; signed-in visitors (whose pages carry their
 * name and forms) are always rendered afresh.
 */
@Component
class AnonymousPageCache extends OncePerRequestFilter {

    private static final Pattern CACHED = Pattern.compile("/cancers(/[a-z0-9-]+)?|/compare|/commitments/[A-Za-z0-9-]+");

    /** A rendered page: its bytes and content type. */
    record Page(byte[] body, String contentType) {
    }

    private final FigureService figures;

    AnonymousPageCache(FigureService figures) {
        this.figures = figures;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod()) || request.getQueryString() != null
                || !CACHED.matcher(request.getRequestURI()).matches() || !anonymous();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FigureSnapshot snapshot = figures.snapshot();
        String key = "page " + request.getRequestURI();
        Object found = snapshot.views().get(key);
        if (found instanceof Page page) {
            response.setContentType(page.contentType());
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String type = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")) {
            snapshot.views().putIfAbsent(key, new Page(wrapper.getContentAsByteArray(), type));
        }
        wrapper.copyBodyToResponse();
    }

    private static boolean anonymous() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        return a == null || a instanceof AnonymousAuthenticationToken || !a.isAuthenticated();
    }
}
