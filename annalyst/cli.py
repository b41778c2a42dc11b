"""The command line: thin commands over the library API (``annalyst.api`` / ``annalyst.pipeline``).

Exit status: 0 success; 1 when any input file failed (reported, skipped) or on a runtime error;
2 for usage errors (bad option values, nothing to read). Errors are one line, never a traceback.
"""
from __future__ import annotations

import json
import re
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from .errors import AnnalystError, InputError

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Turn historical narrative text into sourced annals: who did what, to whom, where and when.")
err = Console(stderr=True, highlight=False)

_TIMEX_DATE = re.compile(r"^\d{4}(-\d\d(-\d\d(T\d\d(:\d\d(:\d\d)?)?)?)?)?$")


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


def _fail(message: str, code: int = 1) -> "typer.Exit":
    err.print(f"[bold red]annalyst: error:[/] {message}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def _check_dct(dct: Optional[str]) -> Optional[str]:
    if dct is None:
        return None
    if not _TIMEX_DATE.match(dct):
        raise _fail(f"--dct {dct!r}: expected a date like 1938-01-01 (or 1938-01-01T22:00)", 2)
    return dct


def _options(dct, aliases, strict, max_bytes):
    from .pipeline import Options

    if aliases is not None and not aliases.is_file():
        raise _fail(f"--aliases {aliases}: no such file", 2)
    if max_bytes is not None and max_bytes <= 0:
        raise _fail("--max-bytes must be positive", 2)
    opts = Options(dct=_check_dct(dct), aliases=aliases, strict=strict)
    if max_bytes is not None:
        opts.max_bytes = max_bytes
    return opts


def _report_error(e: InputError) -> None:
    err.print(f"[yellow]annalyst: skipped[/] {e.path}: {e.reason}", markup=True, soft_wrap=True, highlight=False)


def _run(paths: List[Path], opts, *, show_progress: bool):
    """Run the pipeline with a progress bar on stderr (for corpora) and one-line errors."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .pipeline import extract

    try:
        if show_progress:
            with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
                          TimeElapsedColumn(), console=err, transient=True) as bar:
                task = bar.add_task("reading", total=None)

                def progress(path, done, total):
                    bar.update(task, total=total, completed=done,
                               description=("resolving" if done >= total else f"reading {Path(path).name}"))

                return extract(paths, opts, progress=progress, on_error=_report_error)
        return extract(paths, opts, on_error=_report_error)
    except InputError as e:  # --strict
        raise _fail(f"{e.path}: {e.reason}")
    except AnnalystError as e:
        raise _fail(str(e))
    except KeyboardInterrupt:
        raise _fail("interrupted; nothing was written", 130)


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"annalyst {__version__}")
        raise typer.Exit()


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Turn historical narrative text into sourced annals: who did what, to whom, where and when."""


PathsArg = typer.Argument(..., help="Files or directories (.txt, .html/.htm, TEI .xml; directories recursively).")
DctOpt = typer.Option(None, "--dct", help="Document creation date for every input, e.g. 1938-01-01.")
AliasesOpt = typer.Option(None, "--aliases", help="Your alias file (YAML or CSV): forced merges, splits, names.")
StrictOpt = typer.Option(False, "--strict", help="Stop at the first bad file instead of skipping it.")
MaxBytesOpt = typer.Option(None, "--max-bytes", help="Largest file to read, in bytes (default 20 MB).")


@app.command()
def extract(paths: List[Path] = PathsArg,
            format: ExtractFormat = typer.Option(ExtractFormat.json, "--format", "-f", help="json or jsonl."),
            dct: Optional[str] = DctOpt, aliases: Optional[Path] = AliasesOpt, strict: bool = StrictOpt,
            max_bytes: Optional[int] = MaxBytesOpt):
    """Read PATHS as one corpus and print the export (JSON contract) on stdout."""
    opts = _options(dct, aliases, strict, max_bytes)
    corpus = _run(paths, opts, show_progress=False)
    from .contract import write_json, write_jsonl

    out = sys.stdout
    (write_jsonl if format == ExtractFormat.jsonl else write_json)(corpus, out)
    out.write("\n")
    out.flush()
    raise typer.Exit(1 if corpus.errors else 0)


@app.command()
def build(paths: List[Path] = PathsArg,
          out: Path = typer.Option(..., "--out", "-o", help="Directory for annalyst.sqlite and report.html."),
          dct: Optional[str] = DctOpt, aliases: Optional[Path] = AliasesOpt, strict: bool = StrictOpt,
          max_bytes: Optional[int] = MaxBytesOpt,
          report: bool = typer.Option(True, "--report/--no-report", help="Also write report.html.")):
    """Read PATHS as one corpus and store it in OUT/annalyst.sqlite (and OUT/report.html)."""
    from . import store

    opts = _options(dct, aliases, strict, max_bytes)
    if out.exists() and not out.is_dir():
        raise _fail(f"--out {out}: exists and is not a directory", 2)
    corpus = _run(paths, opts, show_progress=True)
    if not corpus.documents:
        raise _fail("no document could be read; nothing written")
    try:
        out.mkdir(parents=True, exist_ok=True)
        db = store.save(corpus, out / store.FILENAME)
        written = [str(db)]
        if report:
            from .api import write_report_if_available

            try:
                path = write_report_if_available(corpus, out / "report.html")
            except RuntimeError as e:  # e.g. the report's browser libraries are not installed
                err.print(f"[yellow]annalyst: report not written:[/] {e}", markup=True, soft_wrap=True)
                path = None
                corpus.errors.append({"path": str(out / "report.html"), "reason": str(e)})
            if path:
                written.append(str(path))
    except OSError as e:
        raise _fail(f"cannot write to {out}: {e.strerror or e}")
    except AnnalystError as e:
        raise _fail(str(e))
    _summary(corpus, written)
    raise typer.Exit(1 if corpus.errors else 0)


def _summary(corpus, written) -> None:
    from rich.table import Table

    dated = sum(1 for t in corpus.timexes if t.value and not t.value.startswith("X"))
    t = Table(show_header=False, box=None, pad_edge=False)
    t.add_row("documents", str(len(corpus.documents)))
    t.add_row("entities", f"{len(corpus.entities)}  ({sum(1 for e in corpus.entities if e.type == 'PERSON')} people, "
                          f"{sum(1 for e in corpus.entities if e.type in ('GPE', 'LOC', 'FAC'))} places)")
    t.add_row("mentions", str(len(corpus.mentions)))
    t.add_row("dates", f"{len(corpus.timexes)}  ({dated} fully dated)")
    t.add_row("events", str(len(corpus.events)))
    if corpus.errors:
        t.add_row("failed files", str(len(corpus.errors)))
    for w in written:
        t.add_row("wrote", w)
    Console(stderr=False, highlight=False).print(t)


class ExportFormat(str, Enum):
    json = "json"
    csv = "csv"
    timelinejs = "timelinejs"
    gexf = "gexf"
    tei = "tei"
    geojson = "geojson"


@app.command()
def export(directory: Path = typer.Argument(..., help="A directory written by `annalyst build`."),
           format: ExportFormat = typer.Option(ExportFormat.json, "--format", "-f"),
           out: Optional[Path] = typer.Option(None, "--out", "-o",
                                              help="Output file or directory (csv: a directory or a .zip). "
                                                   "Default: stdout (csv: DIRECTORY/annalyst-csv/).")):
    """Read a store back and export it: json, csv, timelinejs, gexf, tei or geojson."""
    from .api import load

    try:
        corpus = load(directory)
        if format == ExportFormat.json:
            from .contract import write_json

            if out is None:
                write_json(corpus, sys.stdout)
                sys.stdout.write("\n")
                return
        from .export import default_path, export as do_export

        if out is None and format == ExportFormat.csv:
            out = default_path("csv", directory)
        if out is None:  # single-file formats go to stdout, like json
            import tempfile

            with tempfile.TemporaryDirectory() as tmp:
                written = do_export(corpus, format.value, default_path(format.value, tmp))
                sys.stdout.write(Path(written).read_text(encoding="utf-8"))
                sys.stdout.flush()
            return
        written = do_export(corpus, format.value, out)
        err.print(f"wrote {written}", highlight=False)
    except AnnalystError as e:
        raise _fail(str(e))
    except BrokenPipeError:
        raise
    except OSError as e:
        raise _fail(f"cannot write {out}: {e.strerror or e}")


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `annalyst extract ... | head`: the reader left; not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(0)
    except KeyboardInterrupt:
        err.print("annalyst: interrupted")
        sys.exit(130)


if __name__ == "__main__":
    main()
