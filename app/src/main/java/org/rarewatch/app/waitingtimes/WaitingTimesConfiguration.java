package org.rarewatch.app.waitingtimes;

import java.time.Clock;
import javax.sql.DataSource;
import org.rarewatch.engine.waitingtimes.Geography;
import org.rarewatch.engine.waitingtimes.Thresholds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class WaitingTimesConfiguration {

    @Bean
    CwtReleaseStore cwtReleaseStore(DataSource dataSource, Clock clock) {
        return new CwtReleaseStore(dataSource, clock);
    }

    @Bean
    Thresholds waitingTimeThresholds() {
        return Thresholds.bundled();
    }

    @Bean
    Geography cwtGeography() {
        return Geography.bundled();
    }
}
