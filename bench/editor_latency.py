#!/usr/bin/env python3
"""Editor and agent latency (issue 17): the language server's time from a didChange to its publishDiagnostics, and the
MCP server's check_text, on a ~50 KB Markdown article, each against the real program over stdio.

Usage: bench/editor_latency.py [COMMAND ...]   (default: dotnet src/CitationLint.Cli/bin/Release/net10.0/citationlint.dll;
build it first: dotnet build src/CitationLint.Cli -c Release)

The article is made here from invented paragraphs (stale numbers, a repealed law, quotes, correct citations), repeated
to 50 KB. The language server runs with --debounce 0, so the figure is the check and the protocol alone; an editor
adds the debounce (150 ms by default) after the last keystroke.
"""
import json
import statistics
import subprocess
import sys
import time

PARAGRAPHS = [
    "## 第{n}部分：借款与催收\n\n借款人逾期以后，平台常拿借款合同说事。《中华人民共和国民法典》第六百七十四条规定：“借款人应当按照约定的期限支付利息。”",
    "催收人员天天发短信骚扰的，可以报警。根据《治安管理处罚法》第四十二条：“多次发送淫秽、侮辱、恐吓或者其他信息，干扰他人正常生活的”，公安机关可以给予处罚。",
    "有的催收话术说，依据《合同法》第一百零七条，借款人必须承担违约责任。这种说法引用的是已经废止的法律。",
    "民事诉讼法第二百二十五条 当事人、利害关系人认为执行行为违反法律规定的，可以向负责执行的人民法院提出书面异议。",
    "个人信息方面，《中华人民共和国民法典》第一千零三十二条规定：“自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。”",
    "平台把通讯录里的亲友都打了一遍电话，这显然超出了必要的范围。借款人可以保存录音和截图，向有关部门反映，也可以咨询律师。",
]


def article(size=50_000):
    parts, n = [], 0
    while len("\n\n".join(parts).encode()) < size:
        n += 1
        parts.extend(p.format(n=n) for p in PARAGRAPHS)
    return "\n\n".join(parts) + "\n"


class Lsp:
    def __init__(self, command):
        self.p = subprocess.Popen(command + ["lsp", "--debounce", "0"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.id = 0

    def send(self, method, params, request=True):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.id += 1
            message["id"] = self.id
        body = json.dumps(message, ensure_ascii=False).encode()
        self.p.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.p.stdin.flush()

    def read(self):
        length = 0
        while True:
            line = self.p.stdout.readline()
            if line in (b"\r\n", b""):
                break
            name, value = line.decode().split(":", 1)
            if name.lower() == "content-length":
                length = int(value)
        return json.loads(self.p.stdout.read(length))

    def diagnostics(self, version):
        while True:
            message = self.read()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["version"] == version:
                return message["params"]["diagnostics"]


class Mcp:
    def __init__(self, command):
        self.p = subprocess.Popen(command + ["mcp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.id = 0

    def call(self, method, params, request=True):
        message = {"jsonrpc": "2.0", "method": method, "params": params}
        if request:
            self.id += 1
            message["id"] = self.id
        self.p.stdin.write(json.dumps(message, ensure_ascii=False).encode() + b"\n")
        self.p.stdin.flush()
        while request:
            reply = json.loads(self.p.stdout.readline())
            if reply.get("id") == self.id:
                return reply


def ms(seconds):
    return f"{seconds * 1000:.1f} ms"


def main():
    command = sys.argv[1:] or ["dotnet", "src/CitationLint.Cli/bin/Release/net10.0/citationlint.dll"]
    text = article()
    lines = text.split("\n")
    print(f"article: {len(text.encode()) / 1000:.1f} KB, {len(lines)} lines, {text.count('条')} 条")

    lsp = Lsp(command)
    started = time.perf_counter()
    lsp.send("initialize", {"processId": None, "capabilities": {}, "locale": "en"})
    lsp.read()
    lsp.send("initialized", {}, request=False)
    uri = "file:///bench/article.md"
    lsp.send("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}, request=False)
    found = lsp.diagnostics(1)
    opened = time.perf_counter() - started
    times = []
    for version in range(2, 42):
        # A keystroke: a character typed at the end of a line in the middle of the article.
        line = len(lines) // 2
        change = {"range": {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}, "text": "的"}
        begin = time.perf_counter()
        lsp.send("textDocument/didChange", {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]}, request=False)
        lsp.diagnostics(version)
        times.append(time.perf_counter() - begin)
    lsp.send("shutdown", None)
    lsp.read()
    lsp.send("exit", None, request=False)
    lsp.p.wait(timeout=10)
    warm = times[5:]
    print(f"lsp: start + initialize + open (first check, {len(found)} diagnostics): {ms(opened)}")
    print(f"lsp: didChange -> publishDiagnostics, warm (debounce excluded): median {ms(statistics.median(warm))}, "
          f"p90 {ms(sorted(warm)[int(len(warm) * 0.9)])}, min {ms(min(warm))} ({len(warm)} changes after 5 warm-up)")

    mcp = Mcp(command)
    started = time.perf_counter()
    mcp.call("initialize", {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "bench", "version": "0"}})
    mcp.call("notifications/initialized", {}, request=False)
    ready = time.perf_counter() - started
    calls = []
    for _ in range(21):
        begin = time.perf_counter()
        reply = mcp.call("tools/call", {"name": "check_text", "arguments": {"text": text}})
        calls.append(time.perf_counter() - begin)
        assert not reply["result"].get("isError"), reply
    mcp.p.stdin.close()
    mcp.p.wait(timeout=10)
    citations = len(reply["result"]["structuredContent"]["citations"])
    print(f"mcp: start + initialize: {ms(ready)}; check_text first call: {ms(calls[0])} ({citations} citations)")
    print(f"mcp: check_text warm: median {ms(statistics.median(calls[1:]))}, min {ms(min(calls[1:]))} (20 calls)")


if __name__ == "__main__":
    main()
