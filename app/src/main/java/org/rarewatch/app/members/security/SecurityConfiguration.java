package org.rarewatch.app.members.security;

import java.util.Locale;
import org.rarewatch.app.members.AccountRepository;
import org.rarewatch.app.members.AuditLog;
import org.rarewatch.app.members.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what. Reading is public: every GET/HEAD is open to anonymous visitors except the editor,
 * admin, member and account areas, so new public pages need no change here. Every other request needs
 * a signed-in session (with its CSRF token) or a personal API token; the editor area and editor API need
 * the editor or admin role, the admin area the admin role, the member area the member role.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SecurityConfiguration {

    /** No inline script or style anywhere: templates use files under /css and /assets only. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private static final String[] STATIC = {"/nhsuk/**", "/assets/**", "/css/**", "/favicon.ico"};
    private static final String[] EDITOR = {"/editor", "/editor/**", "/api/v1/editor", "/api/v1/editor/**"};
    private static final String[] ADMIN = {"/admin", "/admin/**", "/api/v1/admin/**"};
    private static final String[] MEMBER = {"/member", "/member/**", "/api/v1/member/**"};
    private static final String[] ACCOUNT = {"/account", "/account/**"};

    @Bean
    AuthenticationManager authenticationManager(AccountRepository accounts, PasswordEncoder encoder,
            LoginThrottle throttle, AuditLog audit) {
        UserDetailsService users = username -> accounts.principal(username.strip().toLowerCase(Locale.ROOT))
                .filter(p -> p.getPassword() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no account"));
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, audit));
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AuthenticationManager authenticationManager,
            ApiTokens tokens) throws Exception {
        PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
        http.authenticationManager(authenticationManager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(STATIC).permitAll()
                        .requestMatchers("/login", "/error", "/invitations/**").permitAll()
                        .requestMatchers(EDITOR).hasAnyRole(Role.EDITOR.name(), Role.ADMIN.name())
                        .requestMatchers(ADMIN).hasRole(Role.ADMIN.name())
                        .requestMatchers(MEMBER).hasRole(Role.MEMBER.name())
                        .requestMatchers(ACCOUNT).authenticated()
                        .requestMatchers(HttpMethod.GET, "/**").permitAll()
                        .requestMatchers(HttpMethod.HEAD, "/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new ApiTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                // a bearer token is not sent by browsers on their own, so it needs no CSRF token
                .csrf(c -> c.ignoringRequestMatchers(ApiTokenFilter::hasBearer))
                .formLogin(f -> f.loginPage("/login").permitAll()
                        .failureHandler((request, response, e) -> response.sendRedirect(request.getContextPath()
                                + (e instanceof LockedException ? "/login?blocked" : "/login?error"))))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.migrateSession()))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint(path.matcher("/api/**"))))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }

    /** The API answers 401; pages send the visitor to the sign-in page (and back afterwards). */
    private static AuthenticationEntryPoint entryPoint(RequestMatcher api) {
        AuthenticationEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
        return (request, response, e) -> (api.matches(request) ? status : login).commence(request, response, e);
    }
}
