package vn.chiso;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;

/**
 * One module alone ({@link ApplicationModuleTest}, the module of the test's package) with the modules named in
 * {@link #extraIncludes()}, on its own temporary embedded PostgreSQL ({@link ModuleTestDatabase}). The context, which
 * no other test class shares (each stands in for other beans), is closed after the class, and its database with it:
 * no pool is left knocking at a database that is gone, nor holding up the JVM's exit.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest
@ContextConfiguration(initializers = ModuleTestDatabase.class)
@DirtiesContext
public @interface ModuleTest {

    /** The other modules to bootstrap with the test's own. */
    @AliasFor(annotation = ApplicationModuleTest.class)
    String[] extraIncludes() default {};
}
