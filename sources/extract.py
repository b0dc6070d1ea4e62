#!/usr/bin/env python3
"""Derive (code, name) extracts from official error pages and SDK headers.

Every source is one row of sources/sources.tsv: a repository, a path in it and
a revision. The file is read from a local bare mirror of the repository with
`git --git-dir=<mirror> show <rev>:<path>`, parsed, and written as one plain
data file in sources/extracts/ (one `code<TAB>name` line per entry, below a
`# key: value` header).

    python3 sources/extract.py            # (re)write every extract
    python3 sources/extract.py --check    # re-derive and compare, exit 1 on a difference
    python3 sources/extract.py --mirrors DIR   # mirrors root (default /work/.mirror)

A mirror of `owner/name` is looked up as DIR/owner+name/repo (the layout the
search tool's `fetch` produces) or DIR/owner+name. A missing mirror is reported
in one line and the script exits 2.

Only the Python standard library is used; the output is deterministic (sorted
by source order, codes in document/enum order as parsed, no timestamps but the
commit's own date).
"""

import argparse
import html
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCES_TSV = os.path.join(HERE, "sources.tsv")
EXTRACTS = os.path.join(HERE, "extracts")
DEFAULT_MIRRORS = "/work/.mirror"

COLUMNS = ["repo", "path", "rev", "kind", "family", "sdk_version", "parser", "file"]


class SourceError(Exception):
    pass


class MissingMirror(Exception):
    pass


# --------------------------------------------------------------------------
# sources.tsv


def read_sources(path=SOURCES_TSV):
    rows = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != len(COLUMNS):
                raise SourceError(
                    "%s:%d: expected %d tab-separated columns, got %d"
                    % (path, lineno, len(COLUMNS), len(cells))
                )
            row = dict(zip(COLUMNS, cells))
            if row["kind"] == "artifact":
                # A shipped package, fetched and read by `chat-errors sdk-check`.
                continue
            if row["kind"] not in ("page", "header"):
                raise SourceError("%s:%d: kind must be page, header or artifact" % (path, lineno))
            if row["parser"] not in PARSERS:
                raise SourceError("%s:%d: unknown parser %r" % (path, lineno, row["parser"]))
            if row["sdk_version"] == "-":
                row["sdk_version"] = ""
            rows.append(row)
    names = [r["file"] for r in rows]
    if len(set(names)) != len(names):
        raise SourceError("%s: two sources share an extract file name" % path)
    return rows


# --------------------------------------------------------------------------
# git


def mirror_dir(root, repo):
    base = os.path.join(root, repo.replace("/", "+"))
    for cand in (os.path.join(base, "repo"), base):
        if os.path.isfile(os.path.join(cand, "HEAD")):
            return cand
    raise MissingMirror(repo, base)


def git(gitdir, *args):
    p = subprocess.run(
        ["git", "--git-dir=" + gitdir] + list(args),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    if p.returncode != 0:
        raise SourceError(
            "git %s failed in %s: %s"
            % (" ".join(args), gitdir, p.stderr.decode("utf-8", "replace").strip())
        )
    return p.stdout


def resolve(gitdir, rev):
    sha = git(gitdir, "rev-parse", "--verify", rev + "^{commit}").decode().strip()
    # the committer date, read from the commit object itself (no tree needed)
    obj = git(gitdir, "cat-file", "commit", sha).decode("utf-8", "replace")
    date = ""
    for line in obj.split("\n"):
        if not line:
            break
        if line.startswith("committer "):
            ts, tz = line.rsplit(" ", 2)[1:]
            date = iso_date(int(ts), tz)
    return sha, date


def iso_date(ts, tz):
    import datetime

    sign = -1 if tz.startswith("-") else 1
    off = sign * (int(tz[1:3]) * 60 + int(tz[3:5]))
    zone = datetime.timezone(datetime.timedelta(minutes=off))
    return datetime.datetime.fromtimestamp(ts, zone).isoformat()


# --------------------------------------------------------------------------
# parsers

IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
CODE = re.compile(r"^-?\d+$")


def clean_cell(cell):
    s = cell
    s = re.sub(r"<wbr\s*/?>", "", s, flags=re.I)
    s = re.sub(r"</?(code|strong|b|em|i|span)[^>]*>", "", s, flags=re.I)
    s = re.sub(r"<br\s*/?>", " ", s, flags=re.I)
    s = html.unescape(s)
    s = s.replace("\\_", "_").replace("\\|", "|")
    s = s.replace("`", "").replace("**", "")
    return s.strip()


def split_row(line):
    # a Markdown table row: | a | b | c |  (escaped pipes \| stay in cells)
    body = line.strip()
    if body.startswith("|"):
        body = body[1:]
    if body.endswith("|") and not body.endswith("\\|"):
        body = body[:-1]
    return [c for c in re.split(r"(?<!\\)\|", body)]


def parse_markdown_table(text):
    """Rows of every Markdown/MDX table whose first cell is an error code.

    The name is the cell right after the code when it is an identifier
    (cells keep extra columns such as Fix / 解决方法, which are ignored).
    A row with a code but no identifier gets an empty name.
    """
    out = []
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            continue
        cells = [clean_cell(c) for c in split_row(line)]
        if len(cells) < 2:
            continue
        idx = None
        for i, c in enumerate(cells[:2]):
            if CODE.match(c):
                idx = i
                break
        if idx is None:
            continue
        code = int(cells[idx])
        name = ""
        order = [j for j in range(idx + 1, len(cells))] + [j for j in range(idx - 1, -1, -1)]
        for j in order[:2]:
            cand = cells[j]
            if IDENT.match(cand) and not CODE.match(cand):
                name = cand
                break
        out.append((code, name))
    return out


def strip_c_comments(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    return text


ENUM_HEAD = re.compile(
    r"(?:typedef\s+NS_(?:ENUM|OPTIONS)\s*\([^,]+,\s*(?P<nsname>\w+)\s*\)"
    r"|typedef\s+enum\s*\w*"
    r"|\benum\s+(?:class\s+)?(?P<name>\w+)(?:\s*:\s*[\w:]+)?)\s*\{",
)


def eval_enum_value(expr, known):
    e = expr.strip()
    e = re.sub(r"\(\s*(?:NSInteger|int|long)\s*\)", "", e)
    e = e.strip("() ")
    if re.match(r"^-?\s*(0x[0-9A-Fa-f]+|\d+)[uUlL]*$", e):
        return int(e.replace(" ", "").rstrip("uUlL"), 0)
    if e in known:
        return known[e]
    m = re.match(r"^(\w+)\s*([+-])\s*(\d+)$", e)
    if m and m.group(1) in known:
        v = known[m.group(1)]
        return v + int(m.group(3)) if m.group(2) == "+" else v - int(m.group(3))
    raise SourceError("cannot evaluate enum value %r" % expr)


def parse_c_enum(text, want=None):
    """Members of C / Objective-C / C++ / C# enums, implicit values computed.

    A member without an explicit value takes the previous value plus one
    (the first member of an enum takes 0). `want` selects enums whose
    members start with one of the given prefixes, or by enum name.
    """
    src = strip_c_comments(text)
    out = []
    for m in ENUM_HEAD.finditer(src):
        start = m.end()
        depth = 1
        i = start
        while i < len(src) and depth:
            if src[i] == "{":
                depth += 1
            elif src[i] == "}":
                depth -= 1
            i += 1
        body = src[start : i - 1]
        members = []
        known = {}
        prev = -1
        for raw in body.split(","):
            item = raw.strip()
            if not item:
                continue
            item = re.sub(r"\s*\[[^\]]*\]\s*", " ", item).strip()  # C# attributes
            item = re.sub(r"\b(API_DEPRECATED|NS_SWIFT_NAME|__deprecated_enum_msg|DEPRECATED_ATTRIBUTE)\b\s*(\([^)]*\))?", "", item).strip()
            mm = re.match(r"^(\w+)\s*(?:=\s*(.+))?$", item, flags=re.S)
            if not mm:
                continue
            name = mm.group(1)
            if mm.group(2) is not None:
                val = eval_enum_value(mm.group(2), known)
            else:
                val = prev + 1
            known[name] = val
            prev = val
            members.append((val, name))
        if want:
            ename = m.group("nsname") or m.group("name") or ""
            if ename not in want and not any(n.startswith(tuple(want)) for _, n in members):
                continue
        out.extend(members)
    return out


def parser_for(spec):
    # "c-enum" or "c-enum:Prefix1,Prefix2" selects enums by name or member prefix
    if ":" in spec:
        base, arg = spec.split(":", 1)
    else:
        base, arg = spec, None
    if base == "c-enum":
        want = tuple(a for a in arg.split(",") if a) if arg else None
        return lambda text: parse_c_enum(text, want)
    if base == "md-table":
        return parse_markdown_table
    raise SourceError("unknown parser %r" % spec)


PARSERS_BASE = ("md-table", "c-enum")


class _ParserNames(dict):
    def __contains__(self, key):
        return key.split(":", 1)[0] in PARSERS_BASE


PARSERS = _ParserNames()


# --------------------------------------------------------------------------
# extract files


def render(row, sha, date, entries):
    lines = [
        "# repo: " + row["repo"],
        "# path: " + row["path"],
        "# revision: " + sha,
        "# date: " + date,
        "# kind: " + row["kind"],
        "# family: " + row["family"],
    ]
    if row["kind"] == "header" or row["sdk_version"]:
        lines.append("# sdk-version: " + (row["sdk_version"] or "unknown"))
    lines.append("# parser: " + row["parser"])
    lines.append("# entries: %d" % len(entries))
    for code, name in entries:
        if "\t" in name or "\n" in name:
            raise SourceError("name with a tab or newline: %r" % name)
        lines.append("%d\t%s" % (code, name))
    return "\n".join(lines) + "\n"


def derive(row, mirrors):
    gitdir = mirror_dir(mirrors, row["repo"])
    sha, date = resolve(gitdir, row["rev"])
    raw = git(gitdir, "show", "%s:%s" % (sha, row["path"]))
    text = raw.decode("utf-8", "replace").replace("\r\n", "\n").replace("\r", "\n")
    entries = parser_for(row["parser"])(text)
    if not entries:
        raise SourceError("%s %s@%s: no entries parsed" % (row["repo"], row["path"], row["rev"]))
    return render(row, sha, date, entries)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="re-derive and compare with the committed extracts")
    ap.add_argument("--mirrors", default=os.environ.get("CHAT_ERRORS_MIRRORS", DEFAULT_MIRRORS))
    ap.add_argument("--sources", default=SOURCES_TSV)
    args = ap.parse_args(argv)

    try:
        rows = read_sources(args.sources)
    except (OSError, SourceError) as e:
        print("extract: %s" % e, file=sys.stderr)
        return 2

    # every mirror must be there before anything is written or compared
    for repo in sorted({r["repo"] for r in rows}):
        try:
            mirror_dir(args.mirrors, repo)
        except MissingMirror as e:
            print(
                "extract: mirror of %s missing (looked in %s); fetch it first, see sources/README.md"
                % (e.args[0], e.args[1]),
                file=sys.stderr,
            )
            return 2

    failures = 0
    expected = set()
    for row in rows:
        out = os.path.join(EXTRACTS, row["file"])
        expected.add(row["file"])
        try:
            text = derive(row, args.mirrors)
        except SourceError as e:
            print("extract: %s" % e, file=sys.stderr)
            return 2
        if args.check:
            try:
                with open(out, encoding="utf-8") as f:
                    have = f.read()
            except OSError:
                print("DIFF %s: committed extract missing" % row["file"])
                failures += 1
                continue
            if have != text:
                print("DIFF %s: differs from a fresh derivation" % row["file"])
                failures += 1
        else:
            os.makedirs(EXTRACTS, exist_ok=True)
            with open(out, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
    if os.path.isdir(EXTRACTS):
        for name in sorted(os.listdir(EXTRACTS)):
            if name.endswith(".tsv") and name not in expected:
                if args.check:
                    print("DIFF %s: extract not listed in sources.tsv" % name)
                    failures += 1
    if args.check:
        if failures:
            print("extract: %d extract(s) differ" % failures)
            return 1
        print("extract: %d extracts match their sources" % len(rows))
    else:
        print("extract: wrote %d extracts to %s" % (len(rows), os.path.relpath(EXTRACTS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
