#!/usr/bin/env bash
# What a GPU does with this project, as one table: the bundled recipe trained on the GPU (time, perplexity), its
# export loaded in a CPU-only process, the sampler's speed (ranked and unranked), and our learner against a plain
# PyTorch loop (mixed precision on both) for the small and base presets at bs 16 and 128. Every step runs under a
# timeout; the whole script takes at most 8 minutes. From the project root, on a machine with a GPU:
#
#   ../shared/gpu/prepare.sh && mkdir -p .gpu/data && cp ../shared/data/clickbait/clickbait_train.txt .gpu/data/
#   source .gpu/env.sh && bash bench/gpu_check.sh        # on the GPU machine, with .gpu/ carried along
#
# QUICK=1 runs the same steps on the test fixture with the tiny preset, in a minute or two on any machine: a
# check of the script itself. The logs of each step are in bench/out/gpu_check/.
set -u
cd "$(dirname "$0")/.."
py=${PYTHON:-python3}
out=bench/out/gpu_check; rm -rf "$out"; mkdir -p "$out"
data=${DATA:-.gpu/data/clickbait_train.txt}; [ -f "$data" ] || data=../shared/data/clickbait/clickbait_train.txt
device=$($py -c "import torch; print('cuda' if torch.cuda.is_available() else 'cpu')")
if [ "${QUICK:-0}" = 1 ]; then
  data=tests/fixtures/clickbait-sample.txt; train_args="--size tiny --epochs 2 --bs 8 --seq_len 24"
  speed_args="--sizes tiny --batches 5 --txt $data"; sample_args="--factors 1 --predict_headlines 2"; batch_sizes="4 8"
else
  train_args="--half"; speed_args="--sizes small base --batches 30 --txt $data"; sample_args="--factors 1 10 --predict_headlines 10"
  batch_sizes="16 128"
fi
rows=()
step() { # step NAME SECONDS COMMAND...: run it, timed, its output in $out/NAME.log
  local name=$1 limit=$2; shift 2
  local t0=$(date +%s)
  timeout "$limit" "$@" > "$out/$name.log" 2>&1; local rc=$?
  secs=$(( $(date +%s) - t0 ))
  if [ $rc = 0 ]; then ok=1; else ok=0; rows+=("| $name | FAILED (exit $rc$([ $rc = 124 ] && echo ', timed out')): see $out/$name.log |"); fi
}
grab() { grep -a -o -E "$1" "$out/$2.log" | tail -1; }

rows+=("| device | $($py -c "import torch; print(torch.cuda.get_device_name() if torch.cuda.is_available() else 'CPU only', '| torch', torch.__version__)") |")
step train 230 $py -c "import sys; from fastcore.script import anno_parser; from clickbait_fastai.cli import clickbait_train as f; a = vars(anno_parser(f).parse_args(sys.argv[1:])); a.pop('pdb', None); a.pop('xtra', None); f(**a)" --txt "$data" $train_args --out "$out/run"
[ $ok = 1 ] && rows+=("| bundled recipe (\`clickbait_train $train_args\`) on $device | ${secs} s; $(grab 'per-word perplexity on .*' train) |")
step export_on_cpu 60 env CUDA_VISIBLE_DEVICES= $py -c "
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import generate_headlines
for p in ('$out/run/export.pkl', '$out/run/model'): print(p, '->', generate_headlines(load_headline_learner(p), 3, seed=0)[0])"
[ $ok = 1 ] && rows+=("| its export.pkl and model/ in a CPU-only process | load and generate: $(tail -1 "$out/export_on_cpu.log" | cut -c1-80) |")
step sampler 100 $py bench/sample_speed.py --device "$device" $sample_args
[ $ok = 1 ] && rows+=("| sampler, bundled model on $device | $(grab '20 headlines, warm.*' sampler); $(grab '1,000 unranked in .*' sampler) |") \
            && rows+=("| topic and rewrite on $device | $(grab 'ranked, warm, median of 5: .*' sampler | cut -c1-160) |")
for bs in $batch_sizes; do
  step train_speed_bs$bs 70 $py bench/train_speed.py $speed_args --bs $bs
  [ $ok = 1 ] && while read -r line; do rows+=("| learner vs plain loop, bs $bs | $line |"); done < <(grep -a 'tokens/s' "$out/train_speed_bs$bs.log")
done

echo; echo "bench/gpu_check.sh, $(date -u +%Y-%m-%d), $(hostname)"; echo
echo "| step | result |"; echo "|---|---|"
printf '%s\n' "${rows[@]}"
