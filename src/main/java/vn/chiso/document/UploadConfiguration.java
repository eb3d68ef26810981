package vn.chiso.document;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The container's multipart settings, as {@code spring.servlet.multipart.*} gives them, reading uploads into this
 * instance's {@link UploadFolder} (under {@code chiso.uploads.dir}, the system's temporary folder by default).
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean(destroyMethod = "close")
    UploadFolder uploadFolder(@Value("${chiso.uploads.dir:}") String dir) {
        return UploadFolder.open(StringUtils.hasText(dir) ? Path.of(dir)
                : Path.of(System.getProperty("java.io.tmpdir"), "chiso-uploads"));
    }

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties, UploadFolder folder) {
        MultipartProperties here = new MultipartProperties();
        here.setMaxFileSize(properties.getMaxFileSize());
        here.setMaxRequestSize(properties.getMaxRequestSize());
        here.setFileSizeThreshold(properties.getFileSizeThreshold());
        here.setLocation(folder.path().toString());
        return here.createMultipartConfig();
    }
}
