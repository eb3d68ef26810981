package vn.chiso;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port with its own embedded PostgreSQL (a new temporary cluster, Flyway-migrated,
 * demo data loaded), MockMvc, and SQL statements counted. Every test class that uses exactly this annotation shares
 * one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "chiso.embedded-db.temporary=true")
// MockMvc would keep a printout of every request of a test to show on failure: a test that walks hundreds of pages
// (MojibakeTests) filled gigabytes with it. AssertJ's messages say what failed.
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(TestSupportConfiguration.class)
public @interface ChisoTest {
}
