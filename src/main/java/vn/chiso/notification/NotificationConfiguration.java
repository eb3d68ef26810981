package vn.chiso.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The queue's count in the menu of every page a coordinator opens. */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration implements WebMvcConfigurer {

    private final WorkQueue queue;

    NotificationConfiguration(WorkQueue queue) {
        this.queue = queue;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new QueueCountInterceptor(queue)).excludePathPatterns("/webjars/**", "/css/**",
                "/js/**", "/images/**");
    }
}
