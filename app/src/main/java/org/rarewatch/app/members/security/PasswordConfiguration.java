package org.rarewatch.app.members.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing, also needed by command-line contexts that have no web security. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    /** Spring Security's recommended encoder: bcrypt today, with an {id} prefix so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
