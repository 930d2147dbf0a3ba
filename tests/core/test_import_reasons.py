"""Every reason the importers can give has a Swedish translation (core.import_reasons).

The reasons are collected from the importers' source, not listed by hand: every string or f-string
given to ``ImportFailure``/``FormatError``, to a parameter or variable that carries a reason
(``reason``, ``what``, ``damaged``, ``problem``), returned by ``path_problem`` and ``part_name``'s
table, or held in a module constant that such a call names. A variable part becomes «1», «2", …
"""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from desktop_app.core import i18n
from desktop_app.core.import_reasons import covers, message_text, reason_text

ROOT = Path(__file__).resolve().parents[2] / "desktop_app" / "core"
SOURCES = sorted((ROOT / "importers").glob("*.py")) + [ROOT / "import_worker.py",
                                                       ROOT / "importing.py"]
_REASON_NAMES = {"reason", "what", "damaged", "problem"}
_RAISED = {"ImportFailure": 1, "FormatError": 0, "Source": 1}  # the argument holding the reason
_HELPERS = {"require_text": 1, "parse_xml": 1, "xml_failure": 1}  # ``what`` arguments
_TABLES = {"_UNSUPPORTED_MAGIC", "_PARTS"}
_RETURNS_REASON = {"path_problem", "part_name", "damaged", "xml_failure"}


def _targets(node: ast.Assign | ast.AnnAssign) -> list[ast.expr]:
    return node.targets if isinstance(node, ast.Assign) else [node.target]


class _Templates:
    """English reason templates in one module, variables as «n» markers."""

    def __init__(self, tree: ast.Module) -> None:
        self.constants = {t.id: node.value for node in tree.body
                          if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None
                          for t in _targets(node) if isinstance(t, ast.Name)}
        self.found: set[str] = set()

    def alternatives(self, node: ast.AST | None) -> list[str]:
        """Every text ``node`` can evaluate to, its unknown parts as «?»."""
        if node is None:
            return []
        if isinstance(node, ast.Constant):
            return [node.value] if isinstance(node.value, str) else ["«?»"]
        if isinstance(node, ast.JoinedStr):
            pieces = []
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    inner = value.value
                    pieces.append(self.alternatives(inner) if isinstance(inner, ast.IfExp)
                                  else ["«?»"])
                else:
                    pieces.append(self.alternatives(value))
            return ["".join(combo) for combo in itertools.product(*pieces)]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return [a + b for a in self.alternatives(node.left) for b in self.alternatives(node.right)]
        if isinstance(node, ast.IfExp):
            return self.alternatives(node.body) + self.alternatives(node.orelse)
        if isinstance(node, ast.BoolOp):
            return [text for value in node.values for text in self.alternatives(value)]
        if isinstance(node, ast.Name) and isinstance(self.constants.get(node.id),
                                                     (ast.Constant, ast.JoinedStr, ast.BinOp)):
            return self.alternatives(self.constants[node.id])
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "get" and len(node.args) == 2:  # header.get("reason", default)
            return ["«?»", *self.alternatives(node.args[1])]
        return ["«?»"]

    def add(self, node: ast.AST | None) -> None:
        for text in self.alternatives(node):
            self.found.add(text)


def _collect(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    templates = _Templates(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func.id if isinstance(node.func, ast.Name) else \
                node.func.attr if isinstance(node.func, ast.Attribute) else ""
            index = _RAISED.get(func, _HELPERS.get(func))
            if index is not None and len(node.args) > index:
                templates.add(node.args[index])
            if func in _HELPERS and len(node.args) > 2:
                templates.add(node.args[2])
            for keyword in node.keywords:
                if keyword.arg in _REASON_NAMES:
                    templates.add(keyword.value)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            for target in _targets(node):
                name = target.id if isinstance(target, ast.Name) else \
                    target.attr if isinstance(target, ast.Attribute) else ""
                if name in _REASON_NAMES:
                    templates.add(node.value)
                if name in _TABLES:
                    for const in ast.walk(node.value):
                        if isinstance(const, ast.Constant) and isinstance(const.value, str) \
                                and " " in const.value:
                            templates.found.add(const.value)
        elif isinstance(node, ast.FunctionDef):
            args = node.args.args[len(node.args.args) - len(node.args.defaults):]
            for arg, default in zip(args, node.args.defaults):
                if arg.arg in _REASON_NAMES:
                    templates.add(default)
            if node.name in _RETURNS_REASON:
                for ret in ast.walk(node):
                    if isinstance(ret, ast.Return) and not isinstance(ret.value, ast.Call):
                        templates.add(ret.value)
                    elif isinstance(ret, ast.Return) and isinstance(ret.value, ast.Call) and \
                            getattr(ret.value.func, "attr", "") == "get":  # a table's default
                        templates.add(ret.value.args[1])
    return templates.found


def _numbered(text: str) -> str:
    counter = itertools.count(1)
    parts = text.split("«?»")
    return parts[0] + "".join(f"«{next(counter)}»{part}" for part in parts[1:])


def _reasons() -> list[str]:
    found: set[str] = set()
    for path in SOURCES:
        found |= _collect(path)
    # a bare variable, or a variable with a prefix of its own (both checked where they are made)
    return sorted(_numbered(t) for t in found if t.replace("«?»", "").strip(" :"))


REASONS = _reasons()


def test_the_scan_finds_the_importers_reasons() -> None:
    """The collector sees literals, f-strings, constants and helper arguments alike."""
    for expected in ("file is empty", "too complex to import in «1»",
                     "damaged «1»: «2» is corrupt", "no text in the Word document",
                     "this is a PNG image, not a text", "«1» is not well-formed XML (line «2»)",
                     "PDF has no text layer (scanned images?); run OCR first",
                     "permission denied", "the document part", "could not import"):
        assert expected in REASONS
    assert len(REASONS) > 60


@pytest.mark.parametrize("reason", REASONS)
def test_every_reason_has_a_swedish_translation(reason: str) -> None:
    assert covers(reason, "sv"), f"no Swedish for the import reason {reason!r} (core/import_reasons.py)"


def test_a_new_reason_is_not_covered() -> None:
    assert not covers("«1» is shaped like a banana", "sv")
    assert not covers("damaged «1»: the banana part is corrupt", "sv")


@pytest.mark.parametrize(("english", "swedish"), [
    ("file is empty", "filen är tom"),
    ("damaged DOCX: the document part is corrupt", "skadad DOCX: dokumentdelen är förstörd"),
    ("too complex to import in 30 s", "för komplex för att importeras på 30 s"),
    ("damaged ODT: the styles part is not well-formed XML (line 3)",
     "skadad ODT: formatmallsdelen är inte välformad XML (rad 3)"),
    ("not a valid DOCX (word/document.xml is missing)",
     "inte en giltig DOCX (word/document.xml saknas)"),
    ("its text is too long (1.2 million characters; the limit is 50.0 million)",
     "texten är för lång (1,2 miljoner tecken; gränsen är 50,0 miljoner)"),
])
def test_reasons_in_swedish(english: str, swedish: str) -> None:
    assert reason_text(english, "sv") == swedish
    assert reason_text(english, "en") == english


def test_reasons_follow_the_interface_language() -> None:
    before = i18n.current_language()
    try:
        i18n.set_language("sv")
        assert message_text("error: file is empty") == "filen är tom"
        assert message_text("skipped: permission denied") == "åtkomst nekad"
        i18n.set_language("en")
        assert message_text("error: file is empty") == "file is empty"
    finally:
        i18n.set_language(before)


def test_an_unknown_reason_stays_english() -> None:
    assert reason_text("the moon is in the way", "sv") == "the moon is in the way"


def test_real_failures_are_translated(tmp_path: Path) -> None:
    """Failures produced from bad files come out in Swedish."""
    from desktop_app.core.importers import ImportFailure, import_file

    files = {"empty.txt": b"", "broken.docx": b"PK\x03\x04 not really a zip",
             "picture.txt": b"\x89PNG\r\n\x1a\n....", "odd.xyz": b"some text"}
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    for name in [*files, "missing.txt"]:
        with pytest.raises(ImportFailure) as caught:
            import_file(tmp_path / name)
        translated = reason_text(caught.value.reason, "sv")
        assert translated != caught.value.reason, caught.value.reason
