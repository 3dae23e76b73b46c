package org.vaka.server;

import java.time.Clock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Vaka server: one deployable modular monolith. Each direct sub-package is a capability
 * (Spring Modulith module) with a small public API; {@code ModuleStructureTest} keeps the boundaries.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class VakaApplication {

    public static void main(String[] args) {
        SpringApplication.run(VakaApplication.class, args);
    }

    /** All time goes through this clock, so abort windows and supervision are testable without sleeping. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
