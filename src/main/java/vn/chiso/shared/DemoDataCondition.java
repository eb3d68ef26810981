package vn.chiso.shared;

import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoDataCondition extends EmbeddedDatabaseCondition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        boolean enabled = context.getEnvironment().getProperty("chiso.demo-data.enabled", Boolean.class, true);
        return enabled && super.matches(context, metadata);
    }
}
