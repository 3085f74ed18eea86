// chrono_bench.mjs — chrono-node on the same inputs as bench_time, for docs/PERFORMANCE.md.
// usage: npm install --prefix /tmp/chrono chrono-node@2, then
//        cp bench/chrono_bench.mjs /tmp/chrono/ && node /tmp/chrono/chrono_bench.mjs de|en FILE [SECONDS]
import * as chrono from 'chrono-node';
import fs from 'fs';
const [lang, file, secs] = [process.argv[2], process.argv[3], Number(process.argv[4] || 3)];
const text = fs.readFileSync(file, 'utf8');
const bytes = Buffer.byteLength(text);
const parser = lang === 'de' ? chrono.de : chrono.en;
const ref = new Date(2022, 4, 13);
let runs = 0, found = 0;
const t0 = process.hrtime.bigint();
while (Number(process.hrtime.bigint() - t0) / 1e9 < secs) {
  found = parser.parse(text, ref).length;
  runs++;
}
const s = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(`chrono-node ${lang}: ${(bytes * runs / 1e6 / s).toFixed(1)} MB/s (${bytes} bytes x ${runs} runs in ${s.toFixed(2)} s, ${found} results per run)`);
