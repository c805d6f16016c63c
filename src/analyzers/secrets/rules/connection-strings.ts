import { ALNUM, fakeToken } from '../fake-token.js';
import type { SecretRule } from '../rule-types.js';
import { isChosenPassword } from './url-password.js';

// Database and queue credentials outside URLs: key=value connection strings (ADO.NET, ODBC, libpq),
// driver DSNs (Go's user:pass@tcp(…)), JAAS blocks for Kafka, connection calls (PDO, JDBC's
// DriverManager) and command lines (mysql -p…, sqlplus user/pass@db, curl -u, sshpass -p). Every value
// goes through isChosenPassword, so ${VAR}, <password> and words written for the reader stay out.
const fakePassword = () => `${fakeToken(ALNUM, 12)}8Z`;
const VALUE = '[^\\s\'"`;<>{}$]{6,128}';

interface Spec {
  id: string;
  description: string;
  keywords: string[];
  pattern: RegExp;
  positive: () => string[];
  negative: string[];
}

const passwordRule = (spec: Spec): SecretRule => ({
  id: `secret/${spec.id}`,
  description: spec.description,
  keywords: spec.keywords,
  pattern: spec.pattern,
  validate: isChosenPassword,
  severity: 'critical',
  confidence: 0.85,
  examples: { positive: spec.positive, negative: () => spec.negative },
});

export default [
  passwordRule({
    id: 'connection-string-password-first',
    description: 'ADO.NET / ODBC connection string whose password comes before the server',
    keywords: ['password=', 'pwd='],
    pattern: new RegExp(
      `\\b(?:Password|Pwd)=(?<secret>${VALUE});[^\\n]{0,300}?\\b(?:Server|Data[ ]Source|Host|Address|Addr|Driver|DSN)=`,
      'i',
    ),
    positive: () => [`Password=${fakePassword()};User ID=app;Data Source=sql.corp.internal;Initial Catalog=shop`],
    negative: ['Password=${DB_PASSWORD};Server=sql.corp.internal', 'Password=;Server=sql.corp.internal'],
  }),
  passwordRule({
    id: 'postgres-dsn-password',
    description: 'PostgreSQL key=value connection string (libpq DSN) with a password',
    keywords: ['password='],
    pattern: new RegExp(
      `\\b(?:host|hostaddr|dbname|service)=[^\\s'"]{1,200}[^\\n]{0,300}?[ \\t]password=(?:'(?<quoted>[^'\\n]{6,128})'|(?<secret>${VALUE}))`,
    ),
    positive: () => [
      `host=db.corp.internal port=5432 dbname=shop user=shop password=${fakePassword()} sslmode=require`,
      `psql "dbname=analytics host=pg.corp.internal user=etl password=${fakePassword()}"`,
    ],
    negative: ['host=db.corp.internal dbname=shop user=shop password=$PGPASSWORD', 'host=db dbname=shop password='],
  }),
  passwordRule({
    id: 'go-mysql-dsn-password',
    description: 'Go MySQL driver DSN with a password (user:password@tcp(host)/db)',
    keywords: ['@tcp(', '@unix('],
    pattern: /(?<![\w.:-])[A-Za-z0-9_.-]{1,64}:(?<secret>[^\s:@/'"`]{6,128})@(?:tcp|unix)\(/,
    positive: () => [`shop:${fakePassword()}@tcp(mysql.corp.internal:3306)/shop?parseTime=true`],
    negative: ['root:@tcp(127.0.0.1:3306)/test', 'user:password@tcp(localhost:3306)/dbname'],
  }),
  passwordRule({
    id: 'jdbc-oracle-thin-password',
    description: 'Oracle JDBC thin URL with user/password',
    keywords: ['jdbc:oracle:thin:'],
    pattern: /jdbc:oracle:thin:[^/\s@:'"]{1,64}\/(?<secret>[^\s@'"/]{6,128})@/i,
    positive: () => [`jdbc:oracle:thin:app/${fakePassword()}@//ora.corp.internal:1521/ORCLPDB1`],
    negative: [
      'jdbc:oracle:thin:@//ora.corp.internal:1521/ORCLPDB1',
      'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl',
    ],
  }),
  passwordRule({
    id: 'oracle-connect-password',
    description: 'Oracle command line or CONNECT with user/password@database',
    keywords: ['sqlplus', 'sqlldr', 'expdp', 'impdp', 'rman', 'dgmgrl', 'connect ', 'conn '],
    pattern:
      // '/' first and the command read back from it: a literal start lets the engine skip ahead
      /\/(?<=\b(?:sqlplus|sqlldr|expdp|impdp|rman|dgmgrl|CONNECT|CONN|connect|conn)(?:\.exe)?[ \t]{1,4}(?:-[A-Za-z]{1,10}[ \t]{1,4}){0,3}['"]?[A-Za-z][A-Za-z0-9_$#]{0,29}\/)(?<secret>[^\s@'"/]{6,128})@/,
    positive: () => [
      `sqlplus -s app/${fakePassword()}@ora.corp.internal:1521/ORCLPDB1 @report.sql`,
      `CONNECT etl/${fakePassword()}@PRODDB`,
    ],
    negative: ['sqlplus / as sysdba', 'sqlplus scott/tiger@orcl', 'sqlplus app/$ORACLE_PASSWORD@db'],
  }),
  passwordRule({
    id: 'database-cli-password',
    description:
      'Database client command line with a password (mysql -p…, mongosh -p, sqlcmd -P, redis-cli -a, cqlsh -p)',
    // the command and the space or '.exe' after it (keywords are printable: a tab after it is rare)
    keywords: ['mysql', 'mariadb', 'mongo', 'sqlcmd', 'redis-cli', 'cqlsh', 'influx'].flatMap((command) => [
      `${command} `,
      `${command}.exe`,
      ...(command === 'mysql' || command === 'mongo' ? [`${command}dump`, `${command}sh`] : []),
    ]),
    pattern:
      /\b(?:(?:mysql(?:dump|admin|import|sh|check|binlog)?|mariadb(?:-dump|-admin)?)(?:\.exe)?[ \t][^\n]{0,200}?[ \t]-p|(?:mongo(?:sh|dump|restore|import|export)?|cqlsh|influx)(?:\.exe)?[ \t][^\n]{0,200}?[ \t](?:-p|--password)[ =]|sqlcmd(?:\.exe)?[ \t][^\n]{0,200}?[ \t]-P[ \t]|redis-cli[ \t][^\n]{0,200}?[ \t](?:-a|--pass)[ \t])['"]?(?<secret>[^\s'"`;|&<>$]{6,128})/,
    positive: () => [
      `mysqldump -h db.corp.internal -u backup -p${fakePassword()} --all-databases > dump.sql`,
      `mongosh "mongodb://mongo.corp.internal:27017" -u admin -p '${fakePassword()}'`,
      `sqlcmd -S sql.corp.internal -U sa -P ${fakePassword()} -Q "SELECT 1"`,
      `redis-cli -h cache.corp.internal -a ${fakePassword()} ping`,
    ],
    negative: [
      'mysql -u root -p shop',
      'mysql -u root -p"$MYSQL_ROOT_PASSWORD"',
      'mysql -h db -P 3306 -u app',
      'redis-cli -a "$REDIS_PASSWORD" ping',
    ],
  }),
  passwordRule({
    id: 'kafka-jaas-password',
    description: 'JAAS login module configuration with a password (Kafka SASL, ZooKeeper)',
    keywords: ['loginmodule'],
    pattern:
      /LoginModule[ \t]{1,4}required[^\n;]{0,300}?\bpassword[ \t]{0,3}=[ \t]{0,3}\\?["'](?<secret>[^"'\\\n]{6,128})\\?["']/,
    positive: () => [
      `sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="svc-orders" password="${fakePassword()}";`,
    ],
    negative: [
      'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="${USER}" password="${PASSWORD}";',
      'sasl.jaas.config=org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;',
    ],
  }),
  passwordRule({
    id: 'spring-datasource-password',
    description: 'Spring / Quarkus datasource, broker or mail password property',
    keywords: ['.password'],
    pattern: new RegExp(
      `\\b(?:spring|quarkus)\\.(?:datasource|r2dbc|flyway|liquibase|rabbitmq|redis|data\\.redis|data\\.mongodb|mail|kafka|activemq|artemis|ldap|neo4j|elasticsearch|couchbase|cassandra)[\\w.-]{0,40}\\.password[ \\t]{0,3}[=:][ \\t]{0,3}["']?(?<secret>${VALUE})`,
    ),
    positive: () => [
      `spring.datasource.url=jdbc:postgresql://db.corp.internal:5432/shop\nspring.datasource.password=${fakePassword()}`,
    ],
    negative: [
      'spring.datasource.password=${DB_PASSWORD}',
      'spring.datasource.password=',
      'quarkus.datasource.password=${DB_PASS:}',
    ],
  }),
  passwordRule({
    id: 'php-database-connect-password',
    description: 'PHP database connection call with a literal password (PDO, mysqli)',
    keywords: ['new pdo', 'mysqli', 'mysql_connect'],
    pattern:
      /\b(?:new[ \t]{1,4}PDO|new[ \t]{1,4}mysqli|mysqli_connect|mysqli_real_connect|mysql_connect)[ \t]{0,4}\([ \t]{0,4}(?:\$[A-Za-z_][A-Za-z0-9_]{0,40},[ \t]{0,4})?['"][^'"\n]{0,200}['"][ \t]{0,4},[ \t]{0,4}['"][^'"\n]{1,64}['"][ \t]{0,4},[ \t]{0,4}['"](?<secret>[^'"\n]{6,128})['"]/i,
    positive: () => [
      `$db = new PDO('mysql:host=db.corp.internal;dbname=shop', 'shop', '${fakePassword()}');`,
      `$link = mysqli_connect("db.corp.internal", "shop", "${fakePassword()}", "shop");`,
    ],
    negative: ['$db = new PDO($dsn, $user, $password);', "$db = new PDO('sqlite:app.db');"],
  }),
  passwordRule({
    id: 'jdbc-getconnection-password',
    description: 'JDBC DriverManager.getConnection with a literal password',
    keywords: ['getconnection('],
    pattern:
      /\bgetConnection[ \t]{0,4}\([^,\n]{1,300},[ \t]{0,4}"[^"\n]{1,64}"[ \t]{0,4},[ \t]{0,4}"(?<secret>[^"\n]{6,128})"/,
    positive: () => [
      `Connection c = DriverManager.getConnection("jdbc:postgresql://db.corp.internal/shop", "shop", "${fakePassword()}");`,
    ],
    negative: ['DriverManager.getConnection(url, user, password);', 'DriverManager.getConnection(url, "sa", "");'],
  }),
  passwordRule({
    id: 'curl-user-password',
    description: 'curl with user:password credentials (-u, --user)',
    keywords: ['curl'],
    pattern: /\bcurl\b[^\n]{0,200}?[ \t](?:-u|--user)(?:[ \t]{1,4}|=)['"]?[^\s:'"]{1,64}:(?<secret>[^\s'"@]{6,128})/,
    positive: () => [`curl -u deploy:${fakePassword()} https://artifacts.corp.internal/upload -T build.zip`],
    negative: [
      'curl -u "$USER:$TOKEN" https://api.corp.internal',
      'curl -u user:password https://example.com',
      'curl -u admin: https://x',
    ],
  }),
  passwordRule({
    id: 'sshpass-password',
    description: 'sshpass with a password on the command line',
    keywords: ['sshpass'],
    pattern: /\bsshpass[ \t]{1,4}-p[ \t]{0,4}['"]?(?<secret>[^\s'"]{6,128})/,
    positive: () => [`sshpass -p '${fakePassword()}' ssh deploy@web.corp.internal uptime`],
    negative: ['sshpass -p "$SSHPASS" ssh host', 'sshpass -e ssh deploy@web.corp.internal'],
  }),
  passwordRule({
    id: 'redis-config-password',
    description: 'Redis / Valkey server password (requirepass, masterauth)',
    keywords: ['requirepass', 'masterauth'],
    pattern: /^[ \t]{0,8}(?:requirepass|masterauth)[ \t]{1,8}["']?(?<secret>[^\s'"]{6,256})/m,
    positive: () => [`bind 0.0.0.0\nport 6379\nrequirepass ${fakePassword()}\n`],
    negative: ['# requirepass foobared', 'requirepass ""'],
  }),
] satisfies SecretRule[];
