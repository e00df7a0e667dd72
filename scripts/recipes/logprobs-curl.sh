#!/usr/bin/env bash
# The README's recipes for API logprobs, run against a canned server (canned_server.py) on
# localhost: the same curl commands as the README, with the server's address in $BASE, piped into
# logitscope. Checks what the README says comes out. Exits 0 when every check passes.
#
# Usage: scripts/recipes/logprobs-curl.sh [path/to/logitscope]   (default: swift build's debug binary)
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=${1:-$(swift build --show-bin-path)/logitscope}
port=$((20000 + RANDOM % 20000))
python3 scripts/recipes/canned_server.py "$port" > "${TMPDIR:-/tmp}/canned-$port.log" 2>&1 &
server=$!
# KILL, not TERM: a test runner may start this script with SIGTERM blocked, which its children inherit.
trap 'kill -KILL $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do grep -q ready "${TMPDIR:-/tmp}/canned-$port.log" 2>/dev/null && break; sleep 0.1; done
BASE=http://127.0.0.1:$port
fail=0
check() {  # check NAME TEXT PATTERN
    if grep -qF -- "$3" <<<"$2"; then echo "ok   $1"; else echo "FAIL $1: no '$3' in:"; echo "$2" | head -20; fail=1; fi
}

# --- README: an OpenAI-compatible server (OpenAI, vLLM, llama.cpp's /v1, Ollama's /v1) ---
curl -s "$BASE/v1/chat/completions" \
  -H "Content-Type: application/json" -H "Authorization: Bearer ${OPENAI_API_KEY:-none}" \
  -d '{"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "What does it cost?"}],
       "max_tokens": 5, "logprobs": true, "top_logprobs": 20}' > response.json
out=$("$bin" --file response.json --position 3 --json)
check "chat: the alternatives" "$out" '"labels": [" is", "<0xE2>", " was", "<0xAC>", "(rest)"]'
check "chat: exp(logprob)" "$out" '"softmax": [0.40656965974059905, 0.30119421191220214, 0.0, 0.08208499862389877, 0.21015112972329994]'
check "chat: the rest" "$out" '"rest_mass": 0.21015112972329997'
check "chat: the produced token" "$out" '"target": 3'
rm -f response.json

# --- README: llama.cpp's own /completion with n_probs ---
curl -s "$BASE/completion" -H "Content-Type: application/json" \
  -d '{"prompt": "Once upon a time,", "n_predict": 3, "n_probs": 3}' > completion.json
out=$("$bin" --file completion.json --position 1 --json)
check "llama.cpp: the alternatives" "$out" '"labels": [" dog", " cat", " bird", "(rest)"]'
check "llama.cpp: before sampling" "$out" '"probabilities": "before sampling"'
out=$("$bin" --file completion.json --position 1 --print --width 100)
check "llama.cpp: --print says partial" "$out" '3 listed + rest · before sampling'
curl -s "$BASE/completion" -H "Content-Type: application/json" \
  -d '{"prompt": "Once upon a time,", "n_predict": 3, "n_probs": 3, "post_sampling_probs": true}' > completion.json
out=$("$bin" --file completion.json --json)
check "llama.cpp: after sampling" "$out" '"probabilities": "after sampling"'
rm -f completion.json
exit $fail
