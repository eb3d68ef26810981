package vn.chiso.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's clock while the demo is built: on the thread building it, the moment the demo's files say a step
 * happened ({@link #at}), so that the services stamp that moment and judge lateness themselves as they do for users;
 * on every other thread, and once the demo is built, the clock it wraps. Only demo contexts wrap their clocks in it.
 */
public class DemoClock extends Clock {

    private static final ThreadLocal<LocalDateTime> MOMENT = new ThreadLocal<>();

    private final Clock real;

    public DemoClock(Clock real) {
        this.real = real;
    }

    /** Until the next call, this thread's clocks read this moment in their zone; {@code null} for the present. */
    public static void at(LocalDateTime moment) {
        MOMENT.set(moment);
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new DemoClock(real.withZone(zone));
    }

    @Override
    public Instant instant() {
        LocalDateTime moment = MOMENT.get();
        return moment == null ? real.instant() : moment.atZone(getZone()).toInstant();
    }

    /** In a demo context every clock bean is wrapped in a {@code DemoClock}. */
    @Configuration(proxyBeanMethods = false)
    @DemoData
    static class Wrapping {

        @Bean
        static BeanPostProcessor demoClocks() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof Clock clock && !(bean instanceof DemoClock) ? new DemoClock(clock) : bean;
                }
            };
        }
    }
}
