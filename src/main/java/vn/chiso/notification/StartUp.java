package vn.chiso.notification;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Whether the application has started. Until then what is submitted comes from the demo loader replaying the demo's
 * history through the services, which is nobody's news: no notice and no mail for it.
 */
@Component
class StartUp {

    /** The condition of a listener that ignores what happens before the start, as SpEL. */
    static final String OVER = "@startUp.over()";

    private volatile boolean over;

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        over = true;
    }

    public boolean over() {
        return over;
    }
}
