package vn.lantoa.common.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from Maven Central binaries when no external database is configured, so the first
 * command of the README needs nothing but a JDK. One server per data directory per JVM: test contexts
 * that share the directory share the server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    @Bean
    DataSource dataSource(@Value("${lantoa.data-dir}") Path dataDir,
                          @Value("${lantoa.embedded-db.max-pool-size:10}") int maxPoolSize,
                          @Value("${lantoa.embedded-db.fresh:false}") boolean fresh,
                          @Value("${lantoa.embedded-db.leak-detection:0}") java.time.Duration leakDetection) {
        EmbeddedPostgres postgres = RUNNING.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> start(dir, fresh));
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(maxPoolSize);
        dataSource.setPoolName("lantoa-embedded");
        // a connection held longer than this is logged with the stack that took it (0 = off)
        dataSource.setLeakDetectionThreshold(leakDetection.toMillis());
        return dataSource;
    }

    /** {@code fresh} starts from an empty database and removes it at exit: for tests. */
    /**
     * A server left running by a previous process that was killed (kill -9, a crash) still holds the
     * data directory; stop it so that this start can take over its data.
     */
    private static void stopOrphanedServer(Path pgData) throws IOException {
        Path pidFile = pgData.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        ProcessHandle.of(Long.parseLong(firstLine))
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
                .ifPresent(orphan -> {
                    log.warn("Stopping the PostgreSQL server (pid {}) left running on {} by an earlier process", orphan.pid(), pgData);
                    orphan.destroy();
                    try {
                        orphan.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (Exception e) {
                        orphan.destroyForcibly();
                    }
                });
    }

    private static EmbeddedPostgres start(Path dataDir, boolean fresh) {
        try {
            Path pgData = dataDir.resolve("pg");
            Files.createDirectories(pgData);
            stopOrphanedServer(pgData);
            long started = System.nanoTime();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(fresh)
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8")
                    .start();
            log.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)",
                    postgres.getPort(), pgData, (System.nanoTime() - started) / 1_000_000);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }
}
