package io.spikewatch.job.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code java -jar spikewatch-local.jar <command>}: {@code demo}, {@code replay}, {@code evaluate},
 * {@code run}, {@code produce}. Exit codes:
 * 0 done, 1 failed, 2 usage error.
 */
public final class Main {

    static final String USAGE = """
            spikewatch - streaming detector of spikes in remote file transfers (lateral movement)

            usage: java -jar spikewatch-local.jar <command> [options]

            commands:
              demo     simulate a small fleet with injected attacks and detect them
              replay   ECS NDJSON files (.gz allowed) or folders in, alerts NDJSON out
              evaluate score an alerts file against a simulated fleet's labels
              run      the production job: Kafka in, Elasticsearch out (--config FILE)
              produce  write NDJSON files (.gz allowed) into a Kafka topic

            Run 'java -jar spikewatch-local.jar <command> --help' for a command's options.
            """;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(USAGE);
            return args.length == 0 ? 2 : 0;
        }
        String[] rest = Arrays.copyOfRange(args, 1, args.length);
        try {
            return switch (args[0]) {
                case "demo" -> new DemoCommand(out).run(rest);
                case "replay" -> new ReplayCommand(out).run(rest);
                case "evaluate" -> new EvaluateCommand(out).run(rest);
                case "run" -> new RunCommand(out).run(rest);
                case "produce" -> new ProduceCommand(out).run(rest);
                default -> {
                    err.println("unknown command '" + args[0] + "'");
                    err.print(USAGE);
                    yield 2;
                }
            };
        } catch (Args.UsageException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            err.println("failed: " + e.getMessage());
            if (root != e) {
                err.println("cause: " + root);
            }
            return 1;
        }
    }
}
