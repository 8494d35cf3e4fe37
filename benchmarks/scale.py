"""Scale: the in-process engine and the Dask engine (2 local workers) side by side on synthetic corpora
of real-looking news, time and peak memory per process, the growth of time with the articles, and a
projection to a million articles. A script that prints figures; never a test.

    python benchmarks/scale.py [--sizes 1000:100,10000:1000] [--story 2000] [--repeats 1]

The corpus: each story takes one development story (tests/devsets) as its model. Its articles are
sentences sampled from that story's articles, with the story's own names (every capitalised word
inside a sentence) replaced by names made for it, so that the stories are told apart as real ones
are, with one figure in five moved by up to 20%, so that its facts both agree and contradict, and
with its own days of the year.
`--story N` also times one story of N such articles, in-process. Each run is its own process
(`python -m comparer compare FILE --format jsonl`); its peak memory is its own high-water mark of
resident memory (VmHWM), and for Dask that of the largest worker too (ru_maxrss of its children).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from comparer.segment import sentences  # noqa: E402

NUMBER_RE = re.compile(r"\b\d[\d,]*(?:\.\d+)?\b")
NAME_RE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b")
KEEP = frozenset("January February March April May June July August September October November December "
                 "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
SYLLABLES = ["ka", "lo", "mi", "ra", "to", "ve", "su", "an", "el", "or", "ba", "di", "ne", "qu", "za", "fi", "gor",
             "tem", "vil", "sha", "pre", "dun", "mar", "kel", "ost", "ri", "ul", "yan", "bre", "io", "wex"]
SENTENCES_PER_ARTICLE = 24
FIRST_DAY = date(2024, 1, 1)
"""Stories are spread over a year from this day, each told within four days, as news is."""


def model_sentences() -> list[list[str]]:
    """The sentences of each development story that carry a number."""
    models = []
    for folder in sorted((ROOT / "tests" / "devsets").glob("*/docs")):
        pool = []
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8", errors="replace")
            pool += [text[s.start:s.end].strip() for s in sentences(text)]
        models.append([s for s in pool if 40 < len(s) < 400])
    return models


def made_name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(3, 4))).capitalize()


def renamer(rng: random.Random):
    """A function giving each name of a model story the same made name every time, in one story."""
    names: dict[str, str] = {}

    def rename(match: re.Match) -> str:
        name = match.group(0)
        if name not in KEEP and name not in names:
            names[name] = made_name(rng)
        return names.get(name, name)
    return rename


def perturbed(sentence: str, rng: random.Random) -> str:
    def move(match: re.Match) -> str:
        value = match.group(0)
        if rng.random() > 0.2 or "," in value or "." in value or len(value) == 4:  # years and formatted figures stay
            return value
        return str(max(1, round(int(value) * rng.uniform(0.8, 1.2))))
    return NUMBER_RE.sub(move, sentence)


def corpus(articles: int, stories: int, seed: int, models: list[list[str]]) -> list[dict]:
    rng = random.Random(seed)
    tales = []
    for index in range(stories):
        model = models[index % len(models)]
        rename = renamer(rng)
        tales.append([NAME_RE.sub(rename, s) for s in rng.sample(model, min(len(model), 60))])
    records = []
    for index in range(articles):
        tale = tales[index % stories]
        body = " ".join(perturbed(s, rng) for s in rng.sample(tale, min(len(tale), SENTENCES_PER_ARTICLE)))
        day = FIRST_DAY + timedelta(days=(index % stories) * 365 // stories + (index // stories) % 4)
        records.append({"id": f"a{index:07d}", "text": f"{tale[0][:60]}\n\n{body}", "published": day.isoformat()})
    return records


def child(arguments: list[str]) -> None:
    """Run the command line here and print this process's and its largest child's peak memory (MB)."""
    from comparer.__main__ import main

    started = time.perf_counter()
    status = main(arguments)
    elapsed = time.perf_counter() - started
    print(json.dumps({"status": status, "seconds": elapsed, "self_mb": own_peak_mb(),
                      "children_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))


def own_peak_mb() -> float:
    """This process's peak resident memory since it started its program. Not ru_maxrss: that survives
    exec, so a child forked from a large parent would report the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def same_lines(first: Path, second: Path) -> bool:
    """Whether two files hold the same lines in any order (compared by hash: the files may be gigabytes)."""
    def digests(path: Path) -> list[bytes]:
        with path.open("rb") as file:
            return sorted(hashlib.blake2b(line, digest_size=16).digest() for line in file)
    return digests(first) == digests(second)


def run(path: Path, engine: str) -> dict:
    arguments = ["compare", str(path), "--format", "jsonl", "--out", str(path.with_suffix(f".{engine}.out"))]
    if engine == "dask":
        arguments += ["--engine", "dask", "--workers", "2"]
    result = subprocess.run([sys.executable, __file__, "--child", json.dumps(arguments)], capture_output=True,
                            text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"{engine} run failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def counts(path: Path) -> tuple[int, int, int]:
    stories = claims = verdicts = 0
    with path.open(encoding="utf-8") as file:
        for line in file:
            kind = line[12:19]
            stories += kind.startswith("story")
            claims += kind.startswith("claim")
            verdicts += kind.startswith("verdict")
    return stories, claims, verdicts


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", default="1000:100,10000:1000", help="articles:stories, comma-separated")
    options.add_argument("--story", type=int, default=2000, help="articles in the one-story run (0: none)")
    options.add_argument("--repeats", type=int, default=1)
    options.add_argument("--child")
    args = options.parse_args()
    if args.child:
        return child(json.loads(args.child))
    models = model_sentences()
    folder = Path(tempfile.mkdtemp(prefix="scale-"))
    rows = {}
    for size in args.sizes.split(","):
        articles, stories = map(int, size.split(":"))
        path = folder / f"corpus-{articles}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in corpus(articles, stories, 7, models)), encoding="utf-8")
        for engine in ("process", "dask"):
            runs = [run(path, engine) for _ in range(args.repeats)]
            found = counts(path.with_suffix(f".{engine}.out"))
            rows[articles, engine] = runs
            seconds = [r["seconds"] for r in runs]
            print(f"{articles:>7,} articles, {stories:>5,} stories asked, {engine:>7}: "
                  f"min {min(seconds):7.1f} s, median {statistics.median(seconds):7.1f} s, "
                  f"{articles / min(seconds):6.0f} articles/s; peak memory: this process "
                  f"{max(r['self_mb'] for r in runs):,.0f} MB, largest worker "
                  f"{max(r['children_mb'] for r in runs):,.0f} MB; {found[0]:,} stories found, "
                  f"{found[1]:,} claims, {found[2]:,} verdicts", flush=True)
        same = same_lines(path.with_suffix(".process.out"), path.with_suffix(".dask.out"))
        print(f"{'':>7} same records from both engines: {same}")
    sizes = sorted({a for a, _ in rows})
    for engine in ("process", "dask"):
        if len(sizes) >= 2:
            small, large = sizes[0], sizes[-1]
            t_small = min(r["seconds"] for r in rows[small, engine])
            t_large = min(r["seconds"] for r in rows[large, engine])
            exponent = math.log(t_large / t_small) / math.log(large / small)
            print(f"{engine}: time grows as articles^{exponent:.2f} from {small:,} to {large:,} articles")
            if engine == "dask":
                per_article = t_large / large * 2  # worker-seconds an article, 2 workers
                projection = 1_000_000 * per_article / 50
                print(f"projection: 1,000,000 articles on 50 workers ~ {projection / 60:,.0f} min of worker time "
                      f"spread evenly ({per_article * 1000:.1f} worker-ms an article measured at {large:,} "
                      "articles on 2 local workers), plus the driver's story linking")
    if args.story:
        path = folder / f"story-{args.story}.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in corpus(args.story, 1, 11, models)), encoding="utf-8")
        result = run(path, "process")
        found = counts(path.with_suffix(".process.out"))
        print(f"one story of {args.story:,} articles, in-process: {result['seconds']:.1f} s, peak "
              f"{result['self_mb']:,.0f} MB, {found[0]} stories (windows) compared, {found[2]:,} verdicts")


if __name__ == "__main__":
    main()
