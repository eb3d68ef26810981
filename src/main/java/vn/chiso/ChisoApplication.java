package vn.chiso;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ChisoApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChisoApplication.class, args);
    }
}
