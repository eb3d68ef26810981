package vn.chiso.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;

/**
 * Marks a bean that loads demo data. It exists only with the embedded database and {@code chiso.demo-data.enabled},
 * so an external (production) database never receives demo accounts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(EmbeddedDatabaseCondition.class)
@ConditionalOnBooleanProperty(name = "chiso.demo-data.enabled", matchIfMissing = true)
public @interface DemoData {

    /** {@link Order} of the demo loaders: units before the accounts that belong to them, and so on. */
    int UNITS = 10, ACCOUNTS = 20, RESULTS = 30, PLANS = 40, REPORTS = 50, ASSESSMENTS = 60;
}
