#!/usr/bin/env python3
"""Compile corpus: Taipan's frontend against CPython 3.11 on every .py file of a tree.

Usage (from the repository root, after ``cargo build --release``):

    python3 tests/compile_corpus.py [DIR ...]           # default DIR: /usr/lib/python3.11
    python3 tests/compile_corpus.py --mutate 20000 [DIR ...]

``python3`` must be CPython 3.11 (Debian's /usr/bin/python3.11; the standard
library's test suite is the package ``libpython3.11-testsuite``).

Corpus mode: for every ``*.py`` file under DIR the script decides CPython's
verdict in-process with ``compile(source_bytes, path, 'exec')`` (compiling the
bytes honours the PEP 263 coding cookie, as running the file does; the bytes
are first decoded as ``python3 FILE`` reads them, see ``script_source``), then runs
``taipan --compile-only FILE`` (parse, scopes and bytecode; nothing is run)
with a timeout, and counts

* panics   -- exit status >= 101, killed by a signal, or "panicked" on stderr;
* hangs    -- no answer within the timeout;
* false    -- CPython accepts the file, Taipan reports a SyntaxError;
* missed   -- CPython rejects the file, Taipan accepts it;
  (a RecursionError or MemoryError of the compiler counts as rejecting);
* other    -- any other exit (e.g. Taipan could not read the file).

Every failing file is listed with its first line of evidence.  The exit status
is 1 if any count is non-zero.

Mutate mode (``--mutate N``): makes N mutated copies of files taken from DIR
(cut at a random point, delete or duplicate random tokens, insert random
bytes; the random generator is seeded with ``--seed``, so a run is
reproducible) in a temporary folder, compiles each with Taipan and checks only
for panics and hangs; with ``--compare`` it also counts the mutants on which
Taipan and CPython disagree (listed, not failures: only panics and hangs are).  Offending mutants are copied to ``--keep`` (default
/tmp/taipan-mutants) so that they can be reproduced.

Options: ``--taipan PATH`` (default target/release/taipan), ``--timeout S``
(default 10), ``-j N`` worker processes (default 2), ``--seed S`` (default 1),
``--keep DIR``.
"""

import argparse
import codecs
import io
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import tokenize
import warnings
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# A compile error: a SyntaxError, or nesting too deep for the compiler.
ERROR_LINE = re.compile(r"^(SyntaxError|IndentationError|TabError|RecursionError|MemoryError): ")


def python_files(dirs):
    found = []
    for d in dirs:
        if os.path.isfile(d):
            found.append(d)
            continue
        for root, subdirs, files in os.walk(d):
            subdirs.sort()
            for name in sorted(files):
                if name.endswith(".py"):
                    found.append(os.path.join(root, name))
    return found


def script_source(source):
    """What to compile() for a file's bytes so as to get `python3 FILE`'s verdict.

    Running a file decodes all of it first: compile(bytes) alone would let
    undecodable bytes in a comment through, so the bytes are decoded here
    (UnicodeDecodeError, SyntaxError or LookupError if they cannot be).
    tokenize.detect_encoding is stricter than the C tokenizer in one case:
    it decodes the cookie line as UTF-8, while the tokenizer reads the lines
    up to the cookie as raw bytes (only a line 1 *before* the cookie must be
    UTF-8) and decodes the rest with the cookie's codec.  That case gives
    text, to be compiled as such; every other file gives its bytes.
    """
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(source).readline)
    except SyntaxError as e:
        if "invalid or missing encoding declaration" not in str(e) or source.startswith(codecs.BOM_UTF8):
            raise
        lines = io.BytesIO(source).readlines()
        first = lines[0]
        m = tokenize.cookie_re.match(first.decode("latin-1"))
        head = 1
        if not m:
            first.decode("utf-8")  # read before any cookie: UTF-8 only
            # detect_encoding got past line 1, so line 1 is blank or a comment.
            m = tokenize.cookie_re.match(lines[1].decode("latin-1")) if len(lines) > 1 else None
            if not m:
                raise
            head = 2
        encoding = codecs.lookup(m.group(1)).name
        rest = b"".join(lines[head:]).decode(encoding)
        return b"".join(lines[:head]).decode("utf-8", "replace") + rest
    source.decode(encoding)
    return source


def cpython_accepts(path):
    """(True, None) if CPython 3.11 compiles the file when it runs it, else (False, message)."""
    with open(path, "rb") as f:
        source = f.read()
    try:
        source = script_source(source)
    except (SyntaxError, UnicodeDecodeError, LookupError) as e:
        return False, "%s: %s" % (type(e).__name__, e)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            compile(source, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError, RecursionError, MemoryError) as e:
            return False, "%s: %s" % (type(e).__name__, e)
    return True, None


def run_taipan(taipan, path, timeout):
    """One of ('accept'|'reject'|'panic'|'hang'|'other', evidence)."""
    try:
        proc = subprocess.run(
            [taipan, "--compile-only", path],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return "hang", "no answer in %s s" % timeout
    err = proc.stderr.decode("utf-8", "replace")
    # Split on "\n" only: str.splitlines() also splits on \x0b, \x1c..., which
    # an "invalid character" message may quote.
    lines = [l for l in err.split("\n") if l.strip()]
    if proc.returncode < 0 or proc.returncode >= 101 or "panicked" in err:
        first = next((l for l in lines if "panicked" in l), lines[0] if lines else "")
        return "panic", "exit %d: %s" % (proc.returncode, first.strip())
    if proc.returncode == 0:
        return "accept", None
    last = lines[-1] if lines else ""
    if proc.returncode == 1 and ERROR_LINE.match(last):
        return "reject", last
    return "other", "exit %d: %s" % (proc.returncode, last)


def corpus(args, files):
    def check(path):
        ok, why = cpython_accepts(path)
        status, evidence = run_taipan(args.taipan, path, args.timeout)
        if status in ("panic", "hang", "other"):
            return path, status, evidence
        if ok and status == "reject":
            return path, "false", evidence
        if not ok and status == "accept":
            return path, "missed", why
        return path, "ok", None

    counts = {k: 0 for k in ("panic", "hang", "false", "missed", "other")}
    failures = []
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for path, status, evidence in pool.map(check, files):
            if status != "ok":
                counts[status] += 1
                failures.append((status, path, evidence))
    for status, path, evidence in sorted(failures):
        print("%-7s %s\n        %s" % (status, path, evidence))
    print(
        "files: %d  panics: %d  hangs: %d  false SyntaxErrors: %d  missed SyntaxErrors: %d  other: %d"
        % (len(files), counts["panic"], counts["hang"], counts["false"], counts["missed"], counts["other"])
    )
    return 1 if failures else 0


# --- Mutation ---

TOKEN = re.compile(rb"[A-Za-z_0-9]+|[ \t]+|\r?\n|.", re.S)
INTERESTING = [
    b"(", b")", b"[", b"]", b"{", b"}", b":", b",", b"=", b"*", b"**", b"\\", b"\n", b"\t",
    b"    ", b"'", b'"', b'"""', b"#", b"@", b".", b";", b"lambda", b"yield", b"await",
    b"async", b"def", b"class", b"return", b"nonlocal x", b"global x", b"f'{", b"}'", b"\x00",
    b"\xff", b"\xc3", b"\r", b"\x0c", b"0x", b"1e", b"_", b"not", b"in", b"is", b"match",
    b"case", b"try:", b"except*", b"finally:", b"with", b"for", b"if", b"else", b"del",
]


def mutate(rng, data):
    """A mutated copy of ``data``: 1-4 random edits."""
    for _ in range(rng.randint(1, 4)):
        op = rng.randrange(5)
        if op == 0 and data:  # cut at a random point
            data = data[: rng.randrange(len(data) + 1)]
            continue
        tokens = TOKEN.findall(data)
        if not tokens:
            data = bytes([rng.randrange(256)])
            continue
        i = rng.randrange(len(tokens))
        if op == 1:  # delete a token
            del tokens[i]
        elif op == 2:  # duplicate a token
            tokens.insert(i, tokens[i])
        elif op == 3:  # insert interesting tokens
            tokens.insert(i, rng.choice(INTERESTING))
        else:  # insert random bytes
            tokens.insert(i, bytes(rng.randrange(256) for _ in range(rng.randint(1, 3))))
        data = b"".join(tokens)
    return data


def mutants(args, files):
    rng = random.Random(args.seed)
    os.makedirs(args.keep, exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="taipan-mutate-")
    sources = {}

    def make(i):
        src = rng.choice(files)
        if src not in sources:
            with open(src, "rb") as f:
                sources[src] = f.read()
        data = mutate(rng, sources[src])
        path = os.path.join(tmp, "m%06d.py" % i)
        with open(path, "wb") as f:
            f.write(data)
        return src, path

    def check(job):
        src, path = job
        status, evidence = run_taipan(args.taipan, path, args.timeout)
        if args.compare and status in ("accept", "reject"):
            ok, why = cpython_accepts(path)
            if ok and status == "reject":
                status = "false"
            elif not ok and status == "accept":
                status, evidence = "missed", why
        if status in ("panic", "hang", "other", "false", "missed"):
            kept = os.path.join(args.keep, os.path.basename(path))
            shutil.copyfile(path, kept)
            result = (status, kept, src, evidence)
        else:
            result = (status, None, src, None)
        os.remove(path)
        return result

    counts = {"panic": 0, "hang": 0, "accept": 0, "reject": 0, "other": 0, "false": 0, "missed": 0}
    bad = []
    others = []  # unexpected exits, not failures: the first few are shown
    batch = 200
    with ThreadPoolExecutor(max_workers=args.jobs) as pool:
        for start in range(0, args.mutate, batch):
            jobs = [make(i) for i in range(start, min(start + batch, args.mutate))]
            for status, kept, src, evidence in pool.map(check, jobs):
                counts[status] += 1
                if kept and status in ("panic", "hang"):
                    bad.append((status, kept, src, evidence))
                elif kept and len(others) < 20:
                    others.append((status, kept, src, evidence))
    shutil.rmtree(tmp, ignore_errors=True)
    for status, kept, src, evidence in others + bad:
        print("%-7s %s (from %s)\n        %s" % (status, kept, src, evidence))
    if bad:
        print("(offending mutants are kept in %s)" % args.keep)
    print(
        "mutated files: %d  panics: %d  hangs: %d  (accepted %d, SyntaxError %d, other %d)"
        % (args.mutate, counts["panic"], counts["hang"], counts["accept"], counts["reject"], counts["other"])
    )
    if args.compare:
        print("compared with CPython: false SyntaxErrors: %d  missed SyntaxErrors: %d"
              % (counts["false"], counts["missed"]))
    return 1 if bad else 0


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("dirs", nargs="*", default=["/usr/lib/python3.11"])
    ap.add_argument("--taipan", default=os.path.join(ROOT, "target", "release", "taipan"))
    ap.add_argument("--timeout", type=float, default=10.0)
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("--mutate", type=int, default=0, metavar="N")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", default="/tmp/taipan-mutants")
    ap.add_argument("--compare", action="store_true",
                    help="with --mutate: also compare each mutant's verdict with CPython's")
    args = ap.parse_args(argv)
    if sys.implementation.name != "cpython" or sys.version_info[:2] != (3, 11):
        sys.exit("compile_corpus.py: run it with CPython 3.11 (the verdicts are 3.11's)")
    if not os.path.exists(args.taipan):
        sys.exit("compile_corpus.py: no Taipan binary at %s (cargo build --release)" % args.taipan)
    files = python_files(args.dirs)
    if not files:
        sys.exit("compile_corpus.py: no .py files under %s" % " ".join(args.dirs))
    if args.mutate:
        return mutants(args, files)
    return corpus(args, files)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
