#!/bin/bash
# piiscan on a Slurm job array: task K of 16 scans shard K/16 of the share and writes
# parts/part-K.json on the shared file system. Submit with `sbatch docs/scale/slurm.sh`,
# then the merge once every task has ended well:
#   sbatch --dependency=afterok:JOBID --wrap 'piiscan merge parts/part-*.json -o inventory.json'
#SBATCH --job-name=piiscan
#SBATCH --array=1-16
#SBATCH --cpus-per-task=8
#SBATCH --mem=4G
#SBATCH --output=parts/slurm-%A_%a.log
set -euo pipefail
N=16
# The same secret on every task, so that distinct counts combine (kept out of the script).
export PIISCAN_DISTINCT_KEY="$(cat "$HOME/.config/piiscan/distinct-key")"
exec piiscan scan /mnt/share --allow-skips -j "${SLURM_CPUS_PER_TASK}" \
  --shard "${SLURM_ARRAY_TASK_ID}/${N}" -o "parts/part-${SLURM_ARRAY_TASK_ID}.json"
