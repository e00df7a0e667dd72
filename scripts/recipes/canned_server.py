#!/usr/bin/env python3
"""A stand-in for an OpenAI-compatible server and a llama.cpp server, for the README's recipes:
POST /v1/chat/completions answers Tests/Reference/logprobs/chat.json, POST /completion answers
llama.json (llama-post.json when the request sets post_sampling_probs). Each request body must ask
for what the recipe says it asks for (logprobs and top_logprobs; n_probs), else 400.

Usage: canned_server.py PORT   (prints "ready" when listening; serves until killed)
"""
import json
import os
import signal
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "..", "Tests", "Reference", "logprobs")


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))) or b"{}")
        if self.path == "/v1/chat/completions":
            ok = body.get("logprobs") is True and isinstance(body.get("top_logprobs"), int)
            name = "chat.json"
        elif self.path == "/completion":
            ok = isinstance(body.get("n_probs"), int) and body["n_probs"] > 0
            name = "llama-post.json" if body.get("post_sampling_probs") else "llama.json"
        else:
            self.send_error(404)
            return
        if not ok:
            self.send_error(400, "the request does not ask for logprobs")
            return
        with open(os.path.join(FIXTURES, name), "rb") as f:
            data = f.read()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    # A parent that ignores or blocks SIGTERM (a test runner) passes that on: the recipe's kill must work.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
    server = HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    print("ready", flush=True)
    server.serve_forever()
