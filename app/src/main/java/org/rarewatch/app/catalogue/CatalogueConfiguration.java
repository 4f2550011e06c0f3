package org.rarewatch.app.catalogue;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    /** Bundled tables unless {@code rarewatch.reference.directory} names a directory of replacements. */
    @Bean
    ReferenceSource referenceSource(@Value("${rarewatch.reference.directory:}") String directory) {
        return directory.isBlank() ? ReferenceSource.bundled() : new ReferenceSource(Path.of(directory));
    }
}
