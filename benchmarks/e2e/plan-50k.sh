#!/usr/bin/env bash
# End to end through the sample (issue 23): the wall time of `plan --json` for one tenant of N employees (default
# 50,000) against a loopback Apideck server in its own process, process start included, next to a raw client's read of
# the same pages (HttpClient + JsonDocument.Parse per page, also a fresh process). Both are published Release builds.
#
#   benchmarks/e2e/plan-50k.sh [employees] [rounds]       # defaults: 50000 5
#
# Prints each round (wall and CPU time, user + system, of the process) and the medians; the ratio is plan / raw.
# DAILY=1 times a day-two plan instead of the initial one: a `sync` first writes the whole organisation into the
# sample's database (once, untimed), and each `plan` then runs against a copy of it, so the plan is nearly empty.
# Both are published ReadyToRun for this machine (PUBLISH_ARGS), as a deployable that runs as short processes would be:
# otherwise the package's IL-only dependencies (Microsoft.Extensions.*, Polly, System.CommandLine, SQLite's wrapper)
# are compiled by the JIT at every start (docs/performance.md §5, fifth round). PUBLISH_ARGS= publishes plain IL.
# Set SKIP_PUBLISH=1 to reuse the last publish, SAMPLE_PUBLISH_ARGS to try publish settings on the sample only, and
# SAMPLE_ENV to try runtime knobs on the sample only (e.g. "DOTNET_TieredPGO=0").
# COMPARE=<folder of another published sample> times that build too, interleaved in every round (same server, same
# database copy), for an A/B of two builds: `dotnet publish samples/Teammeter.Hris.Sample.Console -c Release -o DIR`
# with the same PUBLISH_ARGS on the other commit first. COMPARE_ENV adds runtime knobs to the compared build only
# (COMPARE may then be this build's own publish folder, $out/sample), for an A/B of a knob such as DOTNET_GCgen0size.
set -euo pipefail
cd "$(dirname "$0")/../.."
employees="${1:-50000}"
rounds="${2:-5}"
out="${E2E_OUT:-/tmp/teammeter-e2e}"
mkdir -p "$out"

publish_args="${PUBLISH_ARGS---use-current-runtime --self-contained false -p:PublishReadyToRun=true}"
if [[ "${SKIP_PUBLISH:-0}" != 1 ]]; then
  rm -rf "$out/sample" "$out/bench"
  dotnet publish samples/Teammeter.Hris.Sample.Console -c Release -o "$out/sample" $publish_args ${SAMPLE_PUBLISH_ARGS:-} >/dev/null
  dotnet publish benchmarks/Teammeter.Hris.Benchmarks -c Release -o "$out/bench" $publish_args >/dev/null
fi

# The server reads stdin until it closes: a FIFO held open by this script keeps it alive, and closing it stops it.
fifo="$out/server.stdin"
rm -f "$fifo" && mkfifo "$fifo"
dotnet "$out/bench/Teammeter.Hris.Benchmarks.dll" apideck-server --employees "$employees" --tenant e2e <"$fifo" >"$out/server.out" 2>"$out/server.err" &
server_pid=$!
exec 3>"$fifo"
trap 'exec 3>&-; wait "$server_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do [[ -s "$out/server.out" ]] && break; sleep 0.2; done
url="$(head -n1 "$out/server.out")"
echo "server $url, $employees employees; load average: $(cut -d' ' -f1-3 /proc/loadavg)"

raw=(dotnet "$out/bench/Teammeter.Hris.Benchmarks.dll" raw-read --url "$url" --tenant e2e)
# A fresh database each time: plan writes nothing to Teammeter, but it stores the plan for review.
args=(plan --tenant e2e --apideck-url "$url" --app-id demo-app --api-key demo-api-key --db "$out/plan.db" --today 2026-01-15 --json)
plan=(env ${SAMPLE_ENV:-} dotnet "$out/sample/Teammeter.Hris.Sample.Console.dll" "${args[@]}")
compare=()
if [[ -n "${COMPARE:-}" ]]; then
  compare=(env ${SAMPLE_ENV:-} ${COMPARE_ENV:-} dotnet "$COMPARE/Teammeter.Hris.Sample.Console.dll" "${args[@]}")
fi
if [[ "${DAILY:-0}" == 1 ]]; then
  rm -f "$out/daily.db"
  env ${SAMPLE_ENV:-} dotnet "$out/sample/Teammeter.Hris.Sample.Console.dll" sync --tenant e2e --apideck-url "$url" \
    --app-id demo-app --api-key demo-api-key --db "$out/daily.db" --today 2026-01-14 --json >/dev/null
fi

# Prints "wall cpu" in milliseconds; the command's stdout goes to $out/last.out.
ms() { rm -f "$out/plan.db"; if [[ "${DAILY:-0}" == 1 ]]; then cp "$out/daily.db" "$out/plan.db"; fi; /usr/bin/time -f '%e %U %S' -o "$out/time" "$@" >"$out/last.out"; awk 'END {printf "%d %d", $1 * 1000, ($2 + $3) * 1000}' "$out/time"; }

# One untimed round of each warms the server (its JIT and the generated pages' code paths) and the file cache.
ms "${raw[@]}" >/dev/null; ms "${plan[@]}" >/dev/null
raws=(); plans=(); rawcpu=(); plancpu=(); others=()
for r in $(seq "$rounds"); do
  read -r a ac <<<"$(ms "${raw[@]}")"; read -r b bc <<<"$(ms "${plan[@]}")"
  raws+=("$a"); plans+=("$b"); rawcpu+=("$ac"); plancpu+=("$bc")
  line="round $r: raw $a ms (CPU $ac ms), plan $b ms (CPU $bc ms)"
  if [[ ${#compare[@]} -gt 0 ]]; then read -r c cc <<<"$(ms "${compare[@]}")"; others+=("$c"); line+=", compared build $c ms (CPU $cc ms)"; fi
  echo "$line"
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ratio() { awk -v p="$1" -v r="$2" 'BEGIN {printf "%.2f", p / r}'; }
mr=$(median "${raws[@]}"); mp=$(median "${plans[@]}"); cr=$(median "${rawcpu[@]}"); cp=$(median "${plancpu[@]}")
echo "median wall: raw $mr ms, plan $mp ms, ratio $(ratio "$mp" "$mr"); median CPU: raw $cr ms, plan $cp ms, ratio $(ratio "$cp" "$cr"); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ ${#others[@]} -gt 0 ]]; then
  mo=$(median "${others[@]}")
  echo "compared build ($COMPARE): median wall $mo ms, ratio $(ratio "$mo" "$mr") to the raw read; this build $mp ms"
fi
