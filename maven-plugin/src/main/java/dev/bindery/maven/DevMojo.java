package dev.bindery.maven;

import dev.bindery.runtime.ConfigException;
import dev.bindery.runtime.DevServer;
import dev.bindery.runtime.Limits;
import dev.bindery.runtime.WorkerConfig;
import dev.bindery.runtime.WorkerException;
import dev.bindery.runtime.WorkerGroup;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Runs the project's workers locally, as {@code bindery dev} and {@code wrangler dev -c a -c b} do: the first of
 * {@code worker.configs} is served over HTTP, the others are reachable through bindings. Stops on Ctrl-C.
 * {@code mvn worker:dev -Dworker.configs=worker_a/wrangler.jsonc,worker_b/wrangler.jsonc}
 */
@Mojo(name = "dev", threadSafe = true, requiresProject = false)
public class DevMojo extends AbstractWorkerMojo {

    @Parameter(property = "worker.host", defaultValue = "127.0.0.1")
    String host;

    @Parameter(property = "worker.port", defaultValue = "8787")
    int port;

    /** The {@code env.<name>} section of each config to use, as {@code wrangler --env}. */
    @Parameter(property = "worker.env")
    String env;

    /** {@code on} (Cloudflare's production limits) or {@code off} (as local workerd). */
    @Parameter(property = "worker.limits", defaultValue = "on")
    String limits;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("Skipping worker:dev (worker.skip=true).");
            return;
        }
        List<Path> found = workerConfigs();
        if (found.isEmpty()) {
            throw new MojoExecutionException("No wrangler config under " + basedir()
                    + ". Name them with -Dworker.configs=a/wrangler.jsonc,b/wrangler.jsonc (the served worker first).");
        }
        if ((configs == null || configs.isEmpty()) && found.size() > 1) {
            getLog().info("Serving " + found.get(0) + " first; choose the served worker with -Dworker.configs=...");
        }
        if (!limits.equals("on") && !limits.equals("off")) {
            throw new MojoExecutionException("worker.limits must be 'on' or 'off', got '" + limits + "'.");
        }
        WorkerGroup.Builder builder = WorkerGroup.builder().env(env)
                .limits(limits.equals("on") ? Limits.production() : Limits.off())
                .onConsole(getLog()::info);
        found.forEach(builder::config);
        try (DevServer server = DevServer.start(builder, host, port)) {
            server.bindingReport().forEach(getLog()::info);
            for (var w : server.group().workers()) {
                WorkerConfig c = w.config();
                c.notices().forEach(n -> getLog().info("[" + c.name() + "] note: " + n));
                c.unsupportedBindings().forEach(u -> getLog().warn("[" + c.name() + "] " + u.describe()));
            }
            getLog().info("Ready on " + server.url() + " (Ctrl-C to stop)");
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bindery-dev-shutdown"));
            server.awaitShutdown();
        } catch (ConfigException | WorkerException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
