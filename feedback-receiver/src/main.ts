/**
 * Command-line entry point: `node feedback-receiver/src/main.ts`.
 * Configuration comes from FEEDBACK_* environment variables (see README.md).
 */
import { loadConfigFromEnv } from './config.ts';
import { startFeedbackServer } from './server.ts';

async function main(): Promise<void> {
  const config = loadConfigFromEnv(process.env);
  const server = await startFeedbackServer(config);
  // Tests and scripts parse this line to learn the port when FEEDBACK_PORT=0.
  console.log(`feedback-receiver listening on ${server.url} (db ${config.dbPath})`);
  if (!config.adminToken) console.log('feedback-receiver: FEEDBACK_ADMIN_TOKEN unset, summary endpoint disabled');

  const shutdown = (signal: string): void => {
    console.log(`feedback-receiver: ${signal}, shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('feedback-receiver: error while closing', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  console.error('feedback-receiver: failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
