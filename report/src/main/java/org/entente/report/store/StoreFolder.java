package org.entente.report.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the embedded store's folder (entente.store) before the data source first connects: SQLite creates
 * the database file but not the folders above it.
 */
@Component
public class StoreFolder implements BeanPostProcessor {

    private final Environment environment;

    public StoreFolder(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource) {
            String folder = environment.getProperty("entente.store");
            if (folder != null) {
                try {
                    Files.createDirectories(Path.of(folder));
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot create the store's folder " + folder
                        + "; give an --output folder you may write to", e);
                }
            }
        }
        return bean;
    }
}
