package vn.chiso.system;

import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.thymeleaf.ITemplateEngine;

/**
 * The filters that answer before the application's own pages: {@link NotReadyFilter} first of all while the
 * application starts; {@link CookieFlagsFilter} around everything that sets cookies; {@link DirectErrorRequestFilter}
 * for {@code /error} asked for directly; {@link DatabaseUnavailableFilter} around the session filter, which reads
 * PostgreSQL, to answer 503 while the database cannot be reached; {@link OversizedUploadFilter} for uploads over the request limits, between
 * the session and security; then {@link ListIndexFilter}, which reads the parameters once that one let them through.
 */
@Configuration(proxyBeanMethods = false)
class FilterConfiguration {

    @Bean
    FilterRegistrationBean<NotReadyFilter> notReadyFilter(ApplicationAvailability availability,
            MessageSource messages) {
        var registration = new FilterRegistrationBean<>(new NotReadyFilter(availability, messages));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<CookieFlagsFilter> cookieFlagsFilter() {
        var registration = new FilterRegistrationBean<>(new CookieFlagsFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DirectErrorRequestFilter> directErrorRequestFilter() {
        var registration = new FilterRegistrationBean<>(new DirectErrorRequestFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    static OutageAwareDataSource.Wrapper outageAwareDataSource() {
        return new OutageAwareDataSource.Wrapper();
    }

    @Bean(destroyMethod = "close")
    DatabaseOutage databaseOutage(DataSource dataSource) throws SQLException {
        return dataSource.unwrap(OutageAwareDataSource.class).outage();
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(DatabaseOutage outage,
            ITemplateEngine templates) {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter(outage, templates));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ListIndexFilter> listIndexFilter() {
        var registration = new FilterRegistrationBean<>(new ListIndexFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 2);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Bean
    FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter(MultipartProperties multipart,
            @Value("${server.tomcat.max-part-count}") int maxParts) {
        var registration = new FilterRegistrationBean<>(
                new OversizedUploadFilter(multipart.getMaxRequestSize().toBytes(), maxParts));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
