// Servers that take a while to start: postgres and mysql (initialize a data directory, then listen;
// a second start on the same volume skips initialization) and Apache httpd. Their entrypoints refuse
// to initialize without a password, the classic first CrashLoopBackOff with these images.
import { type AppletCtx } from '../../shell/applet';
import { strftime } from '../../shell/applets/clock';
import { now, server } from '../servers';

const envOf = (ctx: AppletCtx, name: string): string => ctx.env.find(([k]) => k === name)?.[1] ?? '';

/** Postgres initdb + first start; a persistent PGDATA skips initdb on restarts. */
const POSTGRES_INIT_MS = 2500;
const POSTGRES_START_MS = 400;
const MYSQL_INIT_MS = 9000;
const MYSQL_START_MS = 1500;
const APACHE_START_MS = 100;

const pgTime = (ctx: AppletCtx): string =>
  `${strftime('%Y-%m-%d %H:%M:%S', now(ctx))}.${String(now(ctx) % 1000).padStart(3, '0')} UTC`;

export const postgres = server(
  {
    port: 5432,
    *startup(ctx) {
      const data = envOf(ctx, 'PGDATA') || '/var/lib/postgresql/data';
      const version = envOf(ctx, 'PG_VERSION');
      const fs = ctx.kernel.fs;
      if (!fs.exists(`${data}/PG_VERSION`)) {
        if (!envOf(ctx, 'POSTGRES_PASSWORD') && envOf(ctx, 'POSTGRES_HOST_AUTH_METHOD') !== 'trust') {
          yield* ctx.stderr.write(
            'Error: Database is uninitialized and superuser password is not specified.\n       You must specify POSTGRES_PASSWORD to a non-empty value for the\n       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".\n\n       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all\n       connections without a password. This is *not* recommended.\n\n       See PostgreSQL documentation about "trust":\n       https://www.postgresql.org/docs/current/auth-trust.html\n',
          );
          return 1;
        }
        yield* ctx.stdout.write(
          'The files belonging to this database system will be owned by user "postgres".\nThis user must also own the server process.\n\nThe database cluster will be initialized with locale "en_US.utf8".\nThe default database encoding has accordingly been set to "UTF8".\nThe default text search configuration will be set to "english".\n\nData page checksums are disabled.\n\n' +
            `fixing permissions on existing directory ${data} ... ok\ncreating subdirectories ... ok\nselecting dynamic shared memory implementation ... posix\nselecting default "max_connections" ... 100\nselecting default "shared_buffers" ... 128MB\nselecting default time zone ... Etc/UTC\ncreating configuration files ... ok\nrunning bootstrap script ... ok\n`,
        );
        yield { k: 'sleep', ms: POSTGRES_INIT_MS };
        fs.mkdir(data, true);
        fs.writeFile(`${data}/PG_VERSION`, `${version.split('.')[0]}\n`);
        yield* ctx.stdout.write(
          `performing post-bootstrap initialization ... ok\nsyncing data to disk ... ok\n\n\nSuccess. You can now start the database server using:\n\n    pg_ctl -D ${data} -l logfile start\n\n\nPostgreSQL init process complete; ready for start up.\n\n`,
        );
      } else {
        yield* ctx.stdout.write(
          '\nPostgreSQL Database directory appears to contain a database; Skipping initialization\n\n',
        );
      }
      yield { k: 'sleep', ms: POSTGRES_START_MS };
      const t = pgTime(ctx);
      yield* ctx.stderr.write(
        `${t} [1] LOG:  starting PostgreSQL ${version} (Debian ${version}-1.pgdg120+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 12.2.0-14) 12.2.0, 64-bit\n` +
          `${t} [1] LOG:  listening on IPv4 address "0.0.0.0", port 5432\n${t} [1] LOG:  listening on IPv6 address "::", port 5432\n` +
          `${t} [1] LOG:  listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"\n`,
      );
    },
    *ready(ctx) {
      yield* ctx.stderr.write(`${pgTime(ctx)} [1] LOG:  database system is ready to accept connections\n`);
    },
    *bindError(ctx) {
      yield* ctx.stderr.write(
        `${pgTime(ctx)} [1] LOG:  could not bind IPv4 address "0.0.0.0": Address in use\n`,
      );
    },
    *shutdown(ctx, sig) {
      const t = pgTime(ctx);
      const kind = sig === 'INT' ? 'fast' : sig === 'QUIT' ? 'immediate' : 'smart';
      yield* ctx.stderr.write(
        `${t} [1] LOG:  received ${kind} shutdown request\n${t} [1] LOG:  database system is shut down\n`,
      );
    },
  },
  ['TERM', 'INT', 'QUIT'],
);

const myTime = (ctx: AppletCtx): string => `${strftime('%Y-%m-%d %H:%M:%S', now(ctx))}+00:00`;
const myIso = (ctx: AppletCtx): string =>
  `${strftime('%Y-%m-%dT%H:%M:%S', now(ctx))}.${String(now(ctx) % 1000).padStart(3, '0')}000Z`;

export const mysqld = server({
  port: 3306,
  *startup(ctx) {
    const version = envOf(ctx, 'MYSQL_VERSION');
    const note = (msg: string): string => `${myTime(ctx)} [Note] [Entrypoint]: ${msg}\n`;
    yield* ctx.stdout.write(note(`Entrypoint script for MySQL Server ${version}-1.el9 started.`));
    const fs = ctx.kernel.fs;
    if (!fs.exists('/var/lib/mysql/mysql')) {
      const pw = ['MYSQL_ROOT_PASSWORD', 'MYSQL_ALLOW_EMPTY_PASSWORD', 'MYSQL_RANDOM_ROOT_PASSWORD'];
      if (!pw.some((k) => envOf(ctx, k))) {
        yield* ctx.stderr.write(
          `${myTime(ctx)} [ERROR] [Entrypoint]: Database is uninitialized and password option is not specified\n    You need to specify one of the following as an environment variable:\n    - MYSQL_ROOT_PASSWORD\n    - MYSQL_ALLOW_EMPTY_PASSWORD\n    - MYSQL_RANDOM_ROOT_PASSWORD\n`,
        );
        return 1;
      }
      yield* ctx.stdout.write(
        note("Switching to dedicated user 'mysql'") +
          note(`Entrypoint script for MySQL Server ${version}-1.el9 started.`) +
          note('Initializing database files'),
      );
      yield { k: 'sleep', ms: MYSQL_INIT_MS };
      fs.mkdir('/var/lib/mysql/mysql', true);
      yield* ctx.stdout.write(
        note('Database files initialized') +
          note('Stopping temporary server') +
          note('Temporary server stopped') +
          '\n' +
          note('MySQL init process done. Ready for start up.') +
          '\n',
      );
    }
    yield { k: 'sleep', ms: MYSQL_START_MS };
    yield* ctx.stdout.write(`${myIso(ctx)} 0 [System] [MY-015015] [Server] MySQL Server - start.\n`);
  },
  *ready(ctx) {
    yield* ctx.stdout.write(
      `${myIso(ctx)} 0 [System] [MY-010931] [Server] /usr/sbin/mysqld: ready for connections. Version: '${envOf(ctx, 'MYSQL_VERSION')}'  socket: '/var/run/mysqld/mysqld.sock'  port: 3306  MySQL Community Server - GPL.\n`,
    );
  },
  *bindError(ctx) {
    yield* ctx.stdout.write(
      `${myIso(ctx)} 0 [ERROR] [MY-010262] [Server] Can't start server: Bind on TCP/IP port: Address already in use\n`,
    );
  },
  *shutdown(ctx) {
    yield* ctx.stdout.write(
      `${myIso(ctx)} 0 [System] [MY-013172] [Server] Received SHUTDOWN from user <via user signal>. Shutting down mysqld (Version: ${envOf(ctx, 'MYSQL_VERSION')}).\n${myIso(ctx)} 0 [System] [MY-010910] [Server] /usr/sbin/mysqld: Shutdown complete (mysqld ${envOf(ctx, 'MYSQL_VERSION')})  MySQL Community Server - GPL.\n`,
    );
  },
});

const apacheTime = (ctx: AppletCtx): string =>
  `${strftime('%a %b %d %H:%M:%S', now(ctx))}.${String(now(ctx) % 1000).padStart(3, '0')}000 ${strftime('%Y', now(ctx))}`;

/** httpd-foreground of the official httpd image (Apache), serving /usr/local/apache2/htdocs. */
export const apache = server({
  port: 80,
  root: '/usr/local/apache2/htdocs',
  *startup(ctx) {
    yield { k: 'sleep', ms: APACHE_START_MS };
    const ip = ctx.kernel.world.podIP;
    const warn = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message\n`;
    yield* ctx.stderr.write(warn + warn);
  },
  *ready(ctx) {
    const t = apacheTime(ctx);
    yield* ctx.stderr.write(
      `[${t}] [mpm_event:notice] [pid 1:tid 1] AH00489: Apache/${envOf(ctx, 'HTTPD_VERSION')} (Unix) configured -- resuming normal operations\n[${t}] [core:notice] [pid 1:tid 1] AH00094: Command line: 'httpd -D FOREGROUND'\n`,
    );
  },
  *bindError(ctx) {
    yield* ctx.stderr.write(
      '(98)Address in use: AH00072: make_sock: could not bind to address 0.0.0.0:80\nno listening sockets available, shutting down\nAH00015: Unable to open logs\n',
    );
  },
  *shutdown(ctx) {
    yield* ctx.stderr.write(
      `[${apacheTime(ctx)}] [mpm_event:notice] [pid 1:tid 1] AH00491: caught SIGTERM, shutting down\n`,
    );
  },
});
