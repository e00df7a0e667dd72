#!/usr/bin/env python3
"""API responses with logprobs, written to the published schemas, and what each step should open as.

- OpenAI chat completion (platform.openai.com/docs/api-reference/chat/object: choices[i].logprobs
  .content[] with token, logprob, bytes, top_logprobs[]), two choices;
- OpenAI legacy completion (choices[i].logprobs with tokens, token_logprobs, top_logprobs as maps,
  text_offset);
- llama.cpp server /completion with n_probs (tools/server/README.md: completion_probabilities[]
  with id, token, bytes, logprob, top_logprobs[]), and with post_sampling_probs (prob, top_probs[]);
- the bare content array of the chat completion; a chat completion without logprobs (refused).

The chat completion's third token is `€` split across two byte-level tokens (bytes [226, 130] and
[172]), its fourth was sampled from outside the listed alternatives, and one alternative is
-9999 ("below the listed ones"), as OpenAI writes it.

chat-below.json: a chat completion whose produced tokens OpenAI gave as -9999 ("below the listed
ones"), once not among the alternatives and once among them at -9999.

chat-long.json.gz: a long chat completion as a real one is (gzip, mtime 0, so the bytes repeat):
4,800 generated tokens x 20 alternatives with their bytes (7.6 MB of JSON, over a million JSON
values, past the scanner's tree budget), English words and a few multibyte ones, a produced token now and then sampled from outside
the listed or given as -9999. Drawn from random.Random(15), so the file is the same every run.

expected.json: for every file and step, the labels in class order (the listed alternatives, the
produced token when not among them, then "(rest)"), p = exp(logprob) of each (null when unknown),
the rest mass 1 - fsum(p), the target (the produced token's class), below_listed (the classes given
as -9999), the entropy over the known p and the rest (-fsum(p log p)), and the target's surprisal
(-log p, null when its p is unknown). For the long response: its token count, and the steps
0, every 97th, the last and every one whose produced token is below the listed. Run from the
repo root: python3 scripts/reference/make_logprobs_fixtures.py
"""
import gzip
import json
import math
import os
import random

from token_text import shown_bytes

OUT = os.path.join("Tests", "Reference", "logprobs")


def b(text):
    return list(text.encode("utf-8"))


def alt(token, logprob, raw=None, id=None):
    d = {"token": token, "logprob": logprob, "bytes": raw if raw is not None else b(token)}
    if id is not None:
        d = {"id": id, **d}
    return d


# (produced token, its logprob, bytes or None, [alternatives]) for each step of choice 0.
CHAT_STEPS = [
    ("The", -0.0613, None, [alt("The", -0.0613), alt("A", -3.1205), alt("This", -4.6021)]),
    (" price", -0.3211, None, [alt(" price", -0.3211), alt(" cost", -1.5521), alt(" total", -3.0)]),
    # the first two bytes of "€" (E2 82 AC), then the last one.
    ("\\xe2\\x82", -0.0102, [226, 130], [alt("\\xe2\\x82", -0.0102, [226, 130]), alt(" $", -4.7)]),
    ("\\xac", -2.5, [172], [alt(" is", -0.9), alt("\\xe2", -1.2, [226]), alt(" was", -9999.0)]),
    ("\n", -1.2e-05, None, [alt("\n", -1.2e-05), alt("!", -11.5)]),
]
CHAT_CHOICE_1 = [("Yes", -0.7, None, [alt("Yes", -0.7), alt("No", -0.8)])]


def chat_content(steps):
    out = []
    for token, lp, raw, alts in steps:
        out.append({"token": token, "logprob": lp, "bytes": raw if raw is not None else b(token), "top_logprobs": alts})
    return out


def chat():
    return {
        "id": "chatcmpl-logitscope-fixture", "object": "chat.completion", "created": 1733140800,
        "model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_fixture",
        "choices": [
            {"index": 0, "message": {"role": "assistant", "content": "The price €\n", "refusal": None},
             "logprobs": {"content": chat_content(CHAT_STEPS), "refusal": None}, "finish_reason": "stop"},
            {"index": 1, "message": {"role": "assistant", "content": "Yes", "refusal": None},
             "logprobs": {"content": chat_content(CHAT_CHOICE_1), "refusal": None}, "finish_reason": "stop"},
        ],
        "usage": {"prompt_tokens": 12, "completion_tokens": 5, "total_tokens": 17},
    }


LEGACY = [(" Paris", -0.0301, {" Paris": -0.0301, " the": -3.9, " a": -5.2}),
          (".", -0.45, {".": -0.45, ",": -1.4, " and": -2.5}),
          (" It", -2.9, {"\n": -0.23, " The": -2.0, " It": -2.9})]


def legacy():
    return {
        "id": "cmpl-logitscope-fixture", "object": "text_completion", "created": 1733140800,
        "model": "gpt-3.5-turbo-instruct",
        "choices": [{"text": "".join(t for t, _, _ in LEGACY), "index": 0, "finish_reason": "length",
                     "logprobs": {"tokens": [t for t, _, _ in LEGACY], "token_logprobs": [lp for _, lp, _ in LEGACY],
                                  "top_logprobs": [m for _, _, m in LEGACY],
                                  "text_offset": [20 + i for i in range(len(LEGACY))]}}],
        "usage": {"prompt_tokens": 5, "completion_tokens": 3, "total_tokens": 8},
    }


LLAMA = [(791, "The", -0.13, [(791, "The", -0.13), (32, "A", -2.6), (644, "In", -3.3)]),
         (3430, " cat", -0.92, [(3290, " dog", -0.85), (3430, " cat", -0.92), (11750, " bird", -2.7)]),
         (374, " is", -1.7, [(10975, " sat", -0.6), (574, " was", -1.6)])]


def llama(post):
    probs = []
    for id, token, lp, alts in LLAMA:
        if post:
            # After the sampler (top-k 2 here): the kept alternatives renormalized, as llama.cpp reports.
            kept = sorted(alts, key=lambda a: -a[2])[:2]
            z = math.fsum(math.exp(a[2]) for a in kept)
            top = [{"id": i, "token": t, "bytes": b(t), "prob": math.exp(l) / z} for i, t, l in kept]
            own = next((x["prob"] for x in top if x["id"] == id), 0.0)
            probs.append({"id": id, "token": token, "bytes": b(token), "prob": own, "top_probs": top})
        else:
            top = [{"id": i, "token": t, "bytes": b(t), "logprob": l} for i, t, l in alts]
            probs.append({"id": id, "token": token, "bytes": b(token), "logprob": lp, "top_logprobs": top})
    return {
        "index": 0, "content": "".join(t for _, t, _, _ in LLAMA), "tokens": [], "id_slot": 0, "stop": True,
        "model": "Llama-3.2-1B-Instruct-Q4_K_M.gguf", "tokens_predicted": len(LLAMA), "tokens_evaluated": 6,
        "generation_settings": {"n_probs": 3, "temperature": 0.8, "top_k": 40, "top_p": 0.95,
                                "post_sampling_probs": post},
        "prompt": "Once upon a time,", "has_new_line": False, "truncated": False, "stop_type": "limit",
        "stopping_word": "", "tokens_cached": 8, "timings": {"predicted_n": len(LLAMA)},
        "completion_probabilities": probs,
    }


def step(produced, produced_id, own_p, alts):
    """alts: [(text, id, p or None)]; produced: its text. Class order as logitscope builds it."""
    labels, ps, target = [], [], None
    for text, id, p in alts:
        same = (id == produced_id) if (id is not None and produced_id is not None) else (text == produced)
        if target is None and same:
            target = len(labels)
        labels.append(text)
        ps.append(p)
    if target is None:
        target = len(labels)
        labels.append(produced)
        ps.append(own_p)
    known = [p for p in ps if p is not None]
    assert math.fsum(known) <= 1 + 1e-12, (produced, known)  # as a real server's are
    rest = 1.0 if not known else max(0.0, 1.0 - math.fsum(known))
    entropy = -math.fsum(p * math.log(p) for p in known + [rest] if p > 0)
    surprisal = None if ps[target] is None else -math.log(ps[target])
    return {"labels": labels + ["(rest)"], "p": ps + [rest], "rest_mass": rest, "target": target,
            "below_listed": [i for i, p in enumerate(ps) if p is None], "entropy_nats": entropy,
            "surprisal": surprisal}


def lp_p(lp):
    return None if lp <= -9999 else math.exp(lp)


# A chat completion whose produced tokens were below the listed ones: " ok" (-9999, not listed),
# then " fine" listed at -9999 itself.
BELOW_STEPS = [
    (" ok", -9999.0, None, [alt(" yes", -0.2), alt(" no", -1.9)]),
    (" fine", -9999.0, None, [alt(" good", -0.05), alt(" fine", -9999.0), alt(" great", -3.4)]),
    (".", -0.01, None, [alt(".", -0.01), alt("!", -4.8)]),
]

LONG_WORDS = [" the", " and", " that", " for", " was", " with", " not", " this", " are", " his",
              " from", " which", " but", " have", " had", " they", " you", " were", " their", " one",
              " all", " can", " her", " has", " there", " been", " more", " when", " will", " would",
              " who", ".", ",", "\n", " caf\u00e9", " na\u00efve", " \u4e2d\u6587", " \u2014", " \U0001f642",
              " logits", " softmax", " probability", " distribution", " temperature", " generation",
              " tokenizer", " vocabulary", " understanding", " information", " calibration",
              " surprisal", " entropy", " alternatives", " completion", " response", " sampling",
              " nucleus", " language", " sentence", " however", " because", " through", " between"]
LONG_TOKENS = 4800


def long_chat():
    """4,800 steps of 20 alternatives; every 37th produced token sampled from outside the listed,
    every 301st given as -9999."""
    rng = random.Random(15)
    steps = []
    for k in range(LONG_TOKENS):
        words = rng.sample(LONG_WORDS, 20)
        # Decreasing logprobs whose exp leaves a rest of 2% to 40%, rounded as a server writes them.
        weights = [rng.uniform(0.05, 1) / (j + 1) ** 2 for j in range(20)]
        total = math.fsum(weights) / (1 - rng.uniform(0.02, 0.4))
        lps = sorted((round(math.log(w / total), 6) for w in weights), reverse=True)
        alts = [alt(w, lp) for w, lp in zip(words, lps)]
        if k % 301 == 150:
            produced, lp = rng.choice([w for w in LONG_WORDS if w not in words]), -9999.0
        elif k % 37 == 20:
            produced, lp = rng.choice([w for w in LONG_WORDS if w not in words]), round(lps[-1] - rng.uniform(0.1, 2), 6)
        else:
            j = min(int(rng.expovariate(1.5)), 19)
            produced, lp = words[j], lps[j]
        steps.append((produced, lp, None, alts))
    return steps


def main():
    os.makedirs(OUT, exist_ok=True)
    files = {"chat.json": chat(), "legacy.json": legacy(), "llama.json": llama(False),
             "llama-post.json": llama(True)}
    files["chat-content.json"] = files["chat.json"]["choices"][0]["logprobs"]["content"]
    nolog = chat()
    for c in nolog["choices"]:
        c["logprobs"] = None
    files["chat-no-logprobs.json"] = nolog
    below = chat()
    below["choices"] = below["choices"][:1]
    below["choices"][0]["message"]["content"] = " ok fine."
    below["choices"][0]["logprobs"]["content"] = chat_content(BELOW_STEPS)
    files["chat-below.json"] = below
    for name, body in files.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            json.dump(body, f, indent=1, ensure_ascii=False)
    long_steps = long_chat()
    long = chat()
    long["choices"] = long["choices"][:1]
    long["choices"][0]["message"]["content"] = "".join(t for t, _, _, _ in long_steps)
    long["choices"][0]["logprobs"]["content"] = chat_content(long_steps)
    long["usage"] = {"prompt_tokens": 12, "completion_tokens": LONG_TOKENS, "total_tokens": LONG_TOKENS + 12}
    text = json.dumps(long, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    with open(os.path.join(OUT, "chat-long.json.gz"), "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
            f.write(text)

    expected = {}
    for name in ["chat.json", "chat-content.json"]:
        expected[name] = [step(shown_bytes(raw if raw is not None else b(tok)), None, lp_p(lp),
                               [(shown_bytes(a["bytes"]), None, lp_p(a["logprob"])) for a in alts])
                          for tok, lp, raw, alts in CHAT_STEPS]
    def chat_steps(steps):
        return [step(shown_bytes(raw if raw is not None else b(tok)), None, lp_p(lp),
                     [(shown_bytes(a["bytes"]), None, lp_p(a["logprob"])) for a in alts])
                for tok, lp, raw, alts in steps]
    expected["chat-below.json"] = chat_steps(BELOW_STEPS)
    long_expected = chat_steps(long_steps)
    picked = sorted({0, LONG_TOKENS - 1} | set(range(0, LONG_TOKENS, 97)) | {k for k in range(LONG_TOKENS) if k % 301 == 150})
    long_reference = {"file": "chat-long.json.gz", "tokens": LONG_TOKENS, "bytes": len(text),
                      "steps": {str(k): long_expected[k] for k in picked}}
    expected["chat.json#choice1"] = [step(tok, None, lp_p(lp), [(a["token"], None, lp_p(a["logprob"])) for a in alts])
                                     for tok, lp, raw, alts in CHAT_CHOICE_1]
    expected["legacy.json"] = [step(tok, None, lp_p(lp), [(t, None, lp_p(l)) for t, l in m.items()]) for tok, lp, m in LEGACY]
    expected["llama.json"] = [step(tok, id, lp_p(lp), [(t, i, lp_p(l)) for i, t, l in alts]) for id, tok, lp, alts in LLAMA]
    expected["llama-post.json"] = [step(p["token"], p["id"], p["prob"] or None, [(a["token"], a["id"], a["prob"] or None) for a in p["top_probs"]])
                                   for p in files["llama-post.json"]["completion_probabilities"]]
    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"made_by": "python math.exp / math.fsum", "files": expected, "long": long_reference}, f,
                  indent=1, ensure_ascii=False)
    print("logprobs fixtures in", OUT)


if __name__ == "__main__":
    main()
