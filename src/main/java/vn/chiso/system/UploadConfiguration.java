package vn.chiso.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Uploads over the request limits are answered by {@link OversizedUploadFilter}, between the session and security. */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    FilterRegistrationBean<OversizedUploadFilter> oversizedUploadFilter(MultipartProperties multipart,
            @Value("${server.tomcat.max-part-count}") int maxParts) {
        var registration = new FilterRegistrationBean<>(
                new OversizedUploadFilter(multipart.getMaxRequestSize().toBytes(), maxParts));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
