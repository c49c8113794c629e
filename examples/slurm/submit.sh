#!/usr/bin/env bash
# Submits a chimera sweep as a Slurm job array of SHARDS tasks and a merge-and-report job that
# runs when they have all ended. Prints the two job ids.
#   examples/slurm/submit.sh SHARDS RESULTS_DIR [chimera sweep options]
# e.g.
#   examples/slurm/submit.sh 4 /shared/results/ctx-sweep --url http://gpu01:11434 --model llama3 \
#     -p num_ctx=2048,4096,8192,16384 -p num_gpu=40-100+20 --repeats 3
# Extra sbatch options (partition, GPUs, time) go in SBATCH_ARGS, e.g.
#   SBATCH_ARGS="--partition=gpu --gres=gpu:1 --time=02:00:00"
# Set CHIMERA_STORE=postgresql://... to have every task write one shared PostgreSQL store
# instead of a store per shard (then nothing needs merging).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [[ $# -lt 2 || ! "$1" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 SHARDS RESULTS_DIR [chimera sweep options]" >&2
  exit 2
fi
shards=$1
results=$(mkdir -p "$2" && cd "$2" && pwd)
shift 2
read -r -a extra <<<"${SBATCH_ARGS:-}"
# The shard count travels in CHIMERA_SHARDS, so one failed task can be resubmitted alone
# (sbatch --array=5 ...) and still run slice 5 of N.
array=$(sbatch --parsable ${extra[@]+"${extra[@]}"} --export="ALL,CHIMERA_SHARDS=$shards" \
  --array="0-$((shards - 1))" --chdir="$results" "$here/sweep-shard.sbatch" "$results" "$@")
array=${array%%;*}
report=$(sbatch --parsable ${extra[@]+"${extra[@]}"} --dependency="afterany:$array" --chdir="$results" \
  "$here/merge-report.sbatch" "$results")
report=${report%%;*}
echo "sweep array job $array ($shards tasks), merge and report job $report; results in $results"
