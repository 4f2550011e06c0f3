package org.rarewatch.app.catalogue;

import java.util.Arrays;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the catalogue from the versioned reference tables when the application starts, before the
 * web server accepts requests. Loading is idempotent: tables whose SHA-256 matches what was loaded
 * last time are skipped, and changed tables are upserted by their natural keys in one transaction.
 */
@Component
public class ReferenceCatalogueLoader implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(ReferenceCatalogueLoader.class);

    private final CatalogueRepository repository;
    private final TransactionTemplate transactions;
    private final ReferenceSource source;

    public ReferenceCatalogueLoader(CatalogueRepository repository, TransactionTemplate transactions,
            ReferenceSource source) {
        this.repository = repository;
        this.transactions = transactions;
        this.source = source;
    }

    @Override
    public void afterPropertiesSet() {
        load();
    }

    /** @return true when something was written, false when every table was already up to date */
    public boolean load() {
        Map<String, String> loaded = repository.loadedDatasetHashes();
        boolean upToDate = Arrays.stream(ReferenceDataset.values())
                .allMatch(d -> source.load(d).sha256().equals(loaded.get(d.id())));
        if (upToDate) {
            log.info("Reference catalogue is up to date");
            return false;
        }
        ReferenceCatalogue catalogue = ReferenceCatalogue.read(source);
        transactions.executeWithoutResult(status -> write(catalogue));
        log.info("Reference catalogue loaded: {} plans, {} commitments, {} ICD-10 codes, {} waiting-time thresholds",
                catalogue.plans().size(), catalogue.commitments().size(), catalogue.cancerGroupCodes().size(),
                catalogue.thresholds().size());
        return true;
    }

    private void write(ReferenceCatalogue catalogue) {
        catalogue.plans().forEach(repository::upsert);
        catalogue.commitments().forEach(repository::upsert);
        catalogue.cancerGroupCodes().forEach(repository::upsert);
        catalogue.thresholds().forEach(repository::upsert);
        Map<ReferenceDataset, ReferenceSource.RawTable> tables = catalogue.tables();
        repository.recordDataset(ReferenceDataset.PLANS, tables.get(ReferenceDataset.PLANS), catalogue.plans().size());
        repository.recordDataset(ReferenceDataset.COMMITMENTS, tables.get(ReferenceDataset.COMMITMENTS),
                catalogue.commitments().size());
        repository.recordDataset(ReferenceDataset.CANCER_GROUPS, tables.get(ReferenceDataset.CANCER_GROUPS),
                catalogue.cancerGroupCodes().size());
        repository.recordDataset(ReferenceDataset.WAITING_TIME_THRESHOLDS,
                tables.get(ReferenceDataset.WAITING_TIME_THRESHOLDS), catalogue.thresholds().size());
    }
}
