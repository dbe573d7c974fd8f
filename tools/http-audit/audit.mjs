// Runs the GraphQL-over-HTTP audits of the graphql-http package against a running server and prints one line
// per audit, then totals per level. Exits 1 when a MUST audit fails or fewer than 90% of SHOULD audits pass.
//
//   node audit.mjs [http://127.0.0.1:8080/graphql]
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/graphql';
const totals = { MUST: [0, 0], SHOULD: [0, 0], MAY: [0, 0] };
for (const audit of serverAudits({ url })) {
  const result = await audit.fn();
  const level = audit.name.split(' ')[0];
  const passed = result.status === 'ok';
  totals[level][0] += passed ? 1 : 0;
  totals[level][1] += 1;
  console.log(`${passed ? 'ok  ' : result.status.padEnd(4)} ${audit.name}${passed ? '' : ` -- ${result.reason}`}`);
}
for (const [level, [ok, all]] of Object.entries(totals)) console.log(`${level}: ${ok}/${all} passed`);
const [mustOk, must] = totals.MUST;
const [shouldOk, should] = totals.SHOULD;
process.exit(mustOk === must && shouldOk >= 0.9 * should ? 0 : 1);
