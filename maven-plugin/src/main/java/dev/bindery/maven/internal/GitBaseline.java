package dev.bindery.maven.internal;

import dev.bindery.contract.ContractException;
import dev.bindery.contract.Surface;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The workers' surfaces at a git ref ({@code -Dworker.against=git:origin/main}), rebuilt from their sources at
 * that commit. The project's files at the ref are copied, with JGit and no git process, to
 * {@code <work dir>/git-<commit>/} once per commit, and each worker's config is extracted from there.
 */
public final class GitBaseline implements BaselineSource {

    private final Path projectDirectory;
    private final String ref;
    private final Path workDirectory;
    private final Function<Path, Surface> extractor;
    private Path copy;
    private String commit;

    /**
     * @param projectDirectory the project's base directory, inside a git work tree
     * @param ref              a branch, tag, remote branch or commit
     * @param workDirectory    where to copy the files at the ref (e.g. {@code target/bindery/baseline})
     * @param extractor        extracts a surface from a wrangler config
     */
    public GitBaseline(Path projectDirectory, String ref, Path workDirectory, Function<Path, Surface> extractor) {
        this.projectDirectory = projectDirectory.toAbsolutePath().normalize();
        this.ref = ref;
        this.workDirectory = workDirectory.toAbsolutePath().normalize();
        this.extractor = extractor;
    }

    @Override
    public Optional<Surface> find(Worker worker) {
        Path config = copy().resolve(projectDirectory.relativize(worker.config().toAbsolutePath().normalize()));
        return Files.isRegularFile(config) ? Optional.of(extractor.apply(config)) : Optional.empty();
    }

    @Override
    public String missingNotice(Worker worker) {
        return "No baseline for worker '" + worker.name() + "': "
                + WorkerConfigs.display(projectDirectory, worker.config()) + " does not exist at " + describe()
                + ", so its changes are not checked (first deploy).";
    }

    @Override
    public String describe() {
        return commit == null ? "git:" + ref : "git:" + ref + " (" + commit + ")";
    }

    /** The directory holding the project's files at the ref, copied on first use. */
    Path copy() {
        if (copy == null) {
            materialize();
        }
        return copy;
    }

    private void materialize() {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(projectDirectory.toFile());
        if (builder.getGitDir() == null) {
            throw new ContractException("Baseline git:" + ref + " needs a git repository, but none was found at or "
                    + "above " + projectDirectory + ". Use -Dworker.against=snapshot, or run inside a clone.");
        }
        try (Repository repo = builder.readEnvironment().setMustExist(true).build();
             RevWalk revWalk = new RevWalk(repo)) {
            ObjectId id = repo.resolve(ref + "^{commit}");
            if (id == null) {
                throw new ContractException("Baseline git:" + ref + ": no such ref or commit in " + repo.getDirectory()
                        + ". Fetch it first (in GitHub Actions: actions/checkout with fetch-depth: 0).");
            }
            RevCommit revCommit = revWalk.parseCommit(id);
            commit = revCommit.abbreviate(12).name();
            Path target = workDirectory.resolve("git-" + revCommit.name());
            if (!Files.exists(target.resolve(".complete"))) {
                deleteTree(target);
                copyTree(repo, revCommit, prefix(repo), target);
                Files.writeString(target.resolve(".complete"), revCommit.name() + "\n");
            }
            copy = target;
        } catch (IOException e) {
            throw new ContractException(null, "Baseline git:" + ref + ": cannot read the repository: " + e.getMessage(), e);
        }
    }

    /** The project directory relative to the work tree, with a trailing slash, or {@code ""} at the root. */
    private String prefix(Repository repo) throws IOException {
        Path workTree = repo.getWorkTree().toPath().toRealPath();
        Path project = projectDirectory.toRealPath();
        String rel = workTree.relativize(project).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
    }

    private static void copyTree(Repository repo, RevCommit commit, String prefix, Path target) throws IOException {
        Files.createDirectories(target);
        try (TreeWalk walk = new TreeWalk(repo)) {
            walk.addTree(commit.getTree());
            walk.setRecursive(true);
            if (!prefix.isEmpty()) {
                walk.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
            }
            while (walk.next()) {
                FileMode mode = walk.getFileMode(0);
                String path = walk.getPathString().substring(prefix.length());
                if ((mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) || skipped(path)) {
                    continue;
                }
                Path file = target.resolve(path).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (OutputStream out = Files.newOutputStream(file)) {
                    repo.open(walk.getObjectId(0)).copyTo(out);
                }
            }
        }
    }

    private static boolean skipped(String path) {
        for (String segment : path.split("/")) {
            if (WorkerConfigs.SKIPPED_DIRECTORIES.contains(segment)) {
                return true;
            }
        }
        return false;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
