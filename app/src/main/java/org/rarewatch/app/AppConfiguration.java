package org.rarewatch.app;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AppConfiguration {

    /** One clock for every timestamp the application writes, so tests can fix time. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
