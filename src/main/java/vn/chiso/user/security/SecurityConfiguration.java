package vn.chiso.user.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may use which URL: the one list for the whole application. A URL that a controller serves but this list does
 * not name is refused to everyone; a URL that nothing serves is a 404 for a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Scripts and styles only from this application (Bootstrap comes from a WebJar): no inline script runs. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlers) {
        // Sign-in goes through the one AuthenticationProvider bean (the lockout), which Spring Security finds itself.
        http.authorizeHttpRequests(requests -> requests
                        // error pages and internal forwards render what was already authorised
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers("/login", "/error", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/css/**", "/js/**", "/images/**", "/webjars/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").denyAll()
                        .requestMatchers(HttpMethod.GET, "/").authenticated()
                        .requestMatchers("/account/password").authenticated()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        // the menu's search box: every role, each finding only what it may open (checked by the query)
                        .requestMatchers(HttpMethod.GET, "/search").authenticated()
                        // indices: every role reads results; coordinators import, type in and keep the catalogue
                        .requestMatchers("/indices/*/import", "/indices/*/import/**", "/indices/*/manual",
                                "/indices/*/catalogue", "/indices/*/catalogue/**").hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/indices", "/indices/*", "/indices/*/indicators/*")
                                .authenticated()
                        // a plan's reports: coordinators follow, remind and consolidate; leaders read
                        .requestMatchers(HttpMethod.GET, "/plans/*/reports", "/plans/*/periods/*",
                                "/plans/*/periods/*/consolidated.docx", "/plans/*/periods/*/consolidated.xlsx")
                                .hasAnyRole("COORDINATOR", "LEADER")
                        .requestMatchers(HttpMethod.POST, "/plans/*/periods/*/remind").hasRole("COORDINATOR")
                        // plans: coordinators write them, coordinators and leaders read them, officers read those
                        // in force or closed (a draft is not found for them)
                        .requestMatchers(HttpMethod.GET, "/plans/new", "/plans/*/edit", "/plans/*/targets/**",
                                "/plans/*/tasks/**", "/plans/*/rules").hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/plans", "/plans/*")
                                .hasAnyRole("COORDINATOR", "LEADER", "OFFICER")
                        .requestMatchers("/plans", "/plans/**").hasRole("COORDINATOR")
                        // a unit's tasks and reports: officers their own unit only (checked by the page)
                        .requestMatchers(HttpMethod.GET, "/units/*/tasks").authenticated()
                        .requestMatchers(HttpMethod.GET, "/units/*/reports").hasAnyRole("COORDINATOR", "LEADER", "OFFICER")
                        // reports: officers write their own unit's, coordinators review every one, leaders read
                        // accepted ones (each page checks the unit and the status)
                        .requestMatchers(HttpMethod.POST, "/periods/*/reports", "/reports/*", "/reports/*/autosave")
                                .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/reports/*/edit").hasRole("OFFICER")
                        .requestMatchers(HttpMethod.POST, "/reports/*/accept", "/reports/*/return",
                                "/reports/*/reopen").hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/reports/*", "/reports/*/versions", "/reports/*/versions/*",
                                "/reports/*/evidence/*").hasAnyRole("COORDINATOR", "LEADER", "OFFICER")
                        // dashboards: leaders and coordinators see the province, officers their own unit's version
                        .requestMatchers(HttpMethod.GET, "/dashboard", "/dashboard.xlsx", "/dashboard/indices/*",
                                "/api/v1/dashboard").hasAnyRole("COORDINATOR", "LEADER", "OFFICER")
                        .requestMatchers(HttpMethod.GET, "/dashboard/below-target", "/dashboard/below-target.xlsx",
                                "/dashboard/tasks", "/dashboard/tasks.xlsx", "/dashboard/timeliness",
                                "/dashboard/timeliness.xlsx", "/api/v1/plans/*/targets")
                                .hasAnyRole("COORDINATOR", "LEADER")
                        .requestMatchers(HttpMethod.GET, "/api/v1/indices/*/results").authenticated()
                        // unit PAR assessment: coordinators keep the criteria and run the round; each unit's officers
                        // score their own unit (checked by the page); leaders read the ranking and final results
                        .requestMatchers("/assessments/criteria", "/assessments/criteria/**", "/assessments/*/settings",
                                "/assessments/*/settings/**", "/assessments/*/survey", "/assessments/*/survey/**",
                                "/assessments/*/units/*/appraisal", "/assessments/*/units/*/appraisal/**")
                                .hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/assessments/*/mine", "/assessments/*/units/*/edit")
                                .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.POST, "/assessments/*/units/*", "/assessments/*/units/*/autosave",
                                "/assessments/*/units/*/response", "/assessments/*/units/*/response/autosave")
                                .hasRole("OFFICER")
                        .requestMatchers(HttpMethod.GET, "/assessments/*/units/*", "/assessments/*/units/*/evidence/*")
                                .hasAnyRole("COORDINATOR", "LEADER", "OFFICER")
                        .requestMatchers(HttpMethod.GET, "/assessments/*", "/assessments/*/ranking",
                                "/assessments/*/ranking.xlsx", "/assessments/*/analysis", "/assessments/*/analysis.xlsx",
                                "/assessments/*/progress.xlsx").hasAnyRole("COORDINATOR", "LEADER")
                        .requestMatchers(HttpMethod.GET, "/assessments").authenticated()
                        // the coordinators' work queue; everyone's own notices (another's is not found); /reports
                        // leads each role to the reports it works on
                        .requestMatchers(HttpMethod.GET, "/queue").hasRole("COORDINATOR")
                        .requestMatchers(HttpMethod.GET, "/notices/*").hasAnyRole("COORDINATOR", "LEADER", "OFFICER")
                        .requestMatchers(HttpMethod.POST, "/notices/read").hasAnyRole("COORDINATOR", "OFFICER")
                        .requestMatchers(HttpMethod.GET, "/reports").authenticated()
                        // the mails the application sent (the only delivery when no SMTP server is configured)
                        .requestMatchers(HttpMethod.GET, "/outbox").hasAnyRole("COORDINATOR", "ADMIN")
                        .anyRequest().access(new UnknownPagesOnly(handlers)))
                .formLogin(form -> form
                        .loginPage("/login")
                        .failureHandler(new LoginFailureHandler())
                        .defaultSuccessUrl("/", false)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .exceptionHandling(exceptions -> exceptions.accessDeniedHandler(new ExpiredSessionHandler())
                        // the API answers 401 instead of sending a program to the login page
                        .authenticationEntryPoint(new ApiOrLoginEntryPoint()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .addFilterAfter(new LeaderReadOnlyFilter(), AuthorizationFilter.class);
        return http.build();
    }
}
