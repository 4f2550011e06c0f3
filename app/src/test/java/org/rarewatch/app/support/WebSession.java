package org.rarewatch.app.support;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like client for tests: keeps its session cookie, signs in through the real login form and
 * sends the CSRF token that the pages' forms carry. Redirects are not followed, so tests see them.
 */
public final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrf;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through /login; returns the login POST's response (302 to / on success). */
    public HttpResponse<String> signIn(String username, String password) {
        csrf = token("/login");
        HttpResponse<String> r = send("POST", "/login", "application/x-www-form-urlencoded",
                "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(csrf), null);
        // the session (and so the CSRF token) is new after signing in
        csrf = null;
        return r;
    }

    public boolean signedInAs(String expected) {
        return get("/account").statusCode() == 200 && get("/account").body().contains(">" + expected + "<");
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(c -> c.getValue()).findFirst().orElse(null);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null, null);
    }

    /** A form POST with this session's CSRF token added. */
    public HttpResponse<String> form(String path, String body) {
        if (csrf == null) {
            csrf = token("/login");
        }
        return formWithoutToken(path, (body.isEmpty() ? "" : body + "&") + "_csrf=" + enc(csrf));
    }

    public HttpResponse<String> formWithoutToken(String path, String body) {
        return send("POST", path, "application/x-www-form-urlencoded", body, null);
    }

    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A multipart form upload of one file (field "file") with this session's CSRF token. */
    public HttpResponse<String> upload(String path, String fileName, byte[] content) {
        if (csrf == null) {
            csrf = token("/login");
        }
        return multipart(path, fileName, content, csrf);
    }

    public HttpResponse<String> uploadWithoutToken(String path, String fileName, byte[] content) {
        return multipart(path, fileName, content, null);
    }

    private HttpResponse<String> multipart(String path, String fileName, byte[] content, String token) {
        String boundary = "----rarewatch-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        StringBuilder head = new StringBuilder();
        if (token != null) {
            head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n")
                    .append(token).append("\r\n");
        }
        head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON request; {@code bearer} is a personal API token or null. */
    public HttpResponse<String> json(String method, String path, String body, String bearer) {
        return send(method, path, "application/json", body, bearer);
    }

    public HttpResponse<String> send(String method, String path, String contentType, String body, String bearer) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token of the form on a page of this session. */
    public String token(String page) {
        Matcher m = CSRF.matcher(get(page).body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page);
        }
        return m.group(1);
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
