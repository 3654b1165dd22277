"""Bring the translations up to date: ``python tools/translations.py``.

Runs ``pyside6-lupdate`` over the GUI's sources (``app/``) and the core's message templates into
``resources/translations/hoam_*.ts``, then ``pyside6-lrelease`` into the ``.qm`` files the app loads.
A translator then fills in what lupdate marked unfinished (Qt Linguist, or any XML editor) and runs
this again.

The core never imports Qt, so lupdate cannot see its templates: :func:`core_templates` reads them from
the core's source, where each is written once (``coded(template, code=...)`` and
``Reporter.message/stage/progress(..., template, code=...)``), and they go to lupdate in the
``messages`` context, the one the GUI translates them in (``app.messages``).
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORE = ROOT / "hoam_core"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_TW", "zh_CN", "vi")
# where a Reporter method takes its template: message(template, ...), stage(stage, template, ...),
# progress(stage, fraction, template, ...)
TEMPLATE_ARG = {"message": 0, "stage": 1, "progress": 2}


def message_call(node: ast.AST) -> tuple[ast.expr | None, ast.expr | None] | None:
    """(code, template) of a call that raises a coded message, else None."""
    if not isinstance(node, ast.Call):
        return None
    code = next((k.value for k in node.keywords if k.arg == "code"), None)
    if isinstance(node.func, ast.Name) and node.func.id == "coded":
        return code, node.args[0] if node.args else None
    if isinstance(node.func, ast.Attribute) and node.func.attr in TEMPLATE_ARG and code is not None:
        i = TEMPLATE_ARG[node.func.attr]
        return code, node.args[i] if len(node.args) > i else None
    return None


def core_message_calls() -> list[tuple[Path, ast.Call]]:
    """Every call in the core's source that raises a coded message."""
    return [(path, node) for path in sorted(CORE.rglob("*.py"))
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if message_call(node)]


def core_templates() -> dict[str, str]:
    """``{code: English template}`` of every message the core writes. Each template must be a literal
    with a literal code (one template per code), else this stops saying where."""
    templates: dict[str, str] = {}
    for path, call in core_message_calls():
        code, node = message_call(call)
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if not (isinstance(code, ast.Constant) and isinstance(node, ast.Constant) and isinstance(node.value, str)):
            raise ValueError(f"{where}: a message's code and template must be literals (not an f-string)")
        if templates.setdefault(code.value, node.value) != node.value:
            raise ValueError(f"{where}: code {code.value!r} has two templates")
    return templates


def lupdate_sources(folder: Path) -> list[Path]:
    """The files lupdate reads: the GUI's sources, and the core's templates written into ``folder``."""
    core = folder / "core_messages.py"
    core.write_text("".join(f'QT_TRANSLATE_NOOP("messages", {json.dumps(t, ensure_ascii=False)})\n'
                            for t in sorted(set(core_templates().values()))), encoding="utf-8")
    return [*sorted((ROOT / "app").glob("*.py")), core]


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        sources = [str(p) for p in lupdate_sources(Path(tmp))]
        ts = [str(TRANSLATIONS / f"hoam_{lang}.ts") for lang in LANGUAGES]
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-locations", "none", "-no-obsolete", "-ts", *ts],
                       check=True)
    for path in ts:
        subprocess.run([_tool("pyside6-lrelease"), path, "-qm", str(Path(path).with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
