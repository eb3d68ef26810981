package vn.chiso.system;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Reads {@code application.properties} — ours and any an operator puts next to the jar — as UTF-8, so that a
 * Vietnamese value such as the addressee "Sở Nội vụ" reaches the pages as typed. Spring Boot reads them as Latin-1
 * unless a location names its encoding; {@code \}{@code uXXXX} escapes keep working. Registered before Boot's own
 * loader in {@code META-INF/spring.factories}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class Utf8PropertiesLoader extends PropertiesPropertySourceLoader {

    @Override
    public String[] getFileExtensions() {
        return new String[] {"properties"};
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource) throws IOException {
        return load(name, resource, null);
    }

    @Override
    public List<PropertySource<?>> load(String name, Resource resource, Charset encoding) throws IOException {
        return super.load(name, resource, encoding == null ? StandardCharsets.UTF_8 : encoding);
    }
}
