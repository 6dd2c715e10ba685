"""The guardrail rules (KS-*) as checkov custom policies, for teams that run their own scanner.

The policies are not a second implementation: the exported directory holds a
copy of :mod:`kms_keystore.guardrails.rules` and of every module of the
``core`` and ``guardrails`` subpackages it imports, and one generated checkov
module that runs each rule of ``RULES`` on every resource, data source,
provider and module block checkov reads.

    checkov -d <stack> --framework terraform_json --external-checks-dir <this directory>/checks

Plain Python; no cdktf import.
"""

from __future__ import annotations

import ast
import importlib.util
from pathlib import Path

RULES_MODULE = "kms_keystore.guardrails.rules"
PACKAGE = "kms_keystore"
COPIED = ("kms_keystore.core", "kms_keystore.guardrails")
"""The only subpackages the rules may import from: plain Python, no CDK."""
VENDORED = "kms_keystore_rules"
"""The copied modules' package, beside (not inside) the directory checkov loads checks from."""
CHECKS_DIR = "checks"
"""What ``--external-checks-dir`` names: checkov executes every module below it."""
CHECKS_MODULE = f"{CHECKS_DIR}/kms_keystore_checks.py"


def _module_file(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.origin is None:
        raise ValueError(f"cannot find module {name}")
    return Path(spec.origin)


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def _imports(name: str, source: str, is_package: bool) -> list[str]:
    """Modules of this package that ``source`` (module ``name``) imports."""
    found = []
    base = name if is_package else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level:
            parts = base.split(".")
            anchor = ".".join(parts[: len(parts) - node.level + 1])
            target = f"{anchor}.{node.module}" if node.module else anchor
            found.append(target)
            found += [
                f"{target}.{alias.name}"
                for alias in node.names
                if _is_module(f"{target}.{alias.name}")
            ]
        elif isinstance(node, ast.ImportFrom | ast.Import):
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            names += [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if any(n == "kms_keystore" or n.startswith("kms_keystore.") for n in names):
                raise ValueError(
                    f"{name} imports {names} by absolute name; the rules are exported as a "
                    "copy, so they may only import their neighbours relatively"
                )
    return found


def vendored_sources(module: str = RULES_MODULE) -> dict[str, str]:
    """The rules module and everything it imports from this package, by path in the copy."""
    sources: dict[str, str] = {}
    pending = [module]
    seen: set[str] = set()
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        if not any(name == c or name.startswith(f"{c}.") for c in COPIED):
            raise ValueError(f"the guardrail rules import {name}, outside {' and '.join(COPIED)}")
        path = _module_file(name)
        source = path.read_text(encoding="utf-8")
        is_package = path.name == "__init__.py"
        if name != PACKAGE:
            relative = Path(*name[len(PACKAGE) + 1 :].split("."))
            target = relative / "__init__.py" if is_package else relative.with_suffix(".py")
            sources[target.as_posix()] = source
        pending += _imports(name, source, is_package)
    return dict(sorted(sources.items()))


_CHECKS_SOURCE = '''"""kms-keystore guardrail rules (KS-*) as checkov policies, from `make export`.

Each rule of kms_keystore_rules/guardrails/rules.py (a copy of the app's own rules)
runs on every resource, data source, provider and module block, as it does when the
app synthesizes. A rule waived in the app is recorded under the block's
"//".guardrail_suppressions and reported here as skipped. Do not edit: export again.

    checkov -d <stack directory> --framework terraform_json --external-checks-dir <this directory>
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checkov.common.models.enums import CheckCategories, CheckResult  # noqa: E402
from checkov.terraform.checks.data.base_check import BaseDataCheck  # noqa: E402
from checkov.terraform.checks.module.base_module_check import BaseModuleCheck  # noqa: E402
from checkov.terraform.checks.provider.base_check import BaseProviderCheck  # noqa: E402
from checkov.terraform.checks.resource.base_resource_check import BaseResourceCheck  # noqa: E402

from {vendored}.guardrails.rules import RULES  # noqa: E402

_CHECKOV_KEY = re.compile(r"^__\\w+__$")
CATEGORIES = [CheckCategories.GENERAL_SECURITY]


def plain(value: Any) -> Any:
    """A block as written in Terraform JSON, from checkov's form of it.

    checkov wraps every attribute value in a one-element list, gives nested
    blocks as lists of objects and adds line numbers; this undoes that (a
    single nested object comes back as an object, as lifecycle is written).
    """
    if isinstance(value, dict):
        return {{k: _attribute(k, v) for k, v in value.items() if not _CHECKOV_KEY.match(str(k))}}
    return value


def _attribute(key: str, value: Any) -> Any:
    if key == "//" or not isinstance(value, list):
        return _strip(value)
    if value and all(isinstance(item, dict) for item in value):
        blocks = [plain(item) for item in value]
        return blocks[0] if len(blocks) == 1 else blocks
    return _strip(value[0]) if len(value) == 1 else _strip(value)


def _strip(value: Any) -> Any:
    if isinstance(value, dict):
        return {{k: _strip(v) for k, v in value.items() if not _CHECKOV_KEY.match(str(k))}}
    if isinstance(value, list):
        return [_strip(item) for item in value]
    return value


_JSON_TEXT = ("policy_document", "assume_role_policy_document", "document")
_REFERENCE = re.compile(r"^(?:var|local|module|data|alicloud_[a-z0-9_]+)\\.[A-Za-z0-9_.\\[\\]-]+$")


def from_hcl(config: dict[str, Any]) -> dict[str, Any]:
    """checkov's reading of HCL turned into the Terraform JSON form the rules judge.

    From ``main.tf`` checkov gives a reference as its bare expression
    (``var.password``, where JSON has ``${{var.password}}``) and JSON text such as a
    policy document parsed into an object; both are put back as the JSON form has them.
    """
    result: dict[str, Any] = {{}}
    for key, value in config.items():
        if key in _JSON_TEXT and isinstance(value, dict | list):
            result[key] = json.dumps(value, separators=(",", ":"))
        else:
            result[key] = _references(value)
    return result


def _references(value: Any) -> Any:
    if isinstance(value, str) and _REFERENCE.match(value):
        return "${{" + value + "}}"
    if isinstance(value, list):
        return [_references(item) for item in value]
    if isinstance(value, dict):
        return {{k: _references(v) if k != "//" else v for k, v in value.items()}}
    return value


def evaluate(check: Any, type_name: str, conf: dict[str, Any]) -> CheckResult:
    """Run one rule on one block in checkov's form (from Terraform JSON or HCL)."""
    config = plain(conf)
    if "__start_line__" in conf or "__address__" in conf:  # read from HCL
        config = from_hcl(config)
    waived = (config.get("//") or {{}}).get("guardrail_suppressions") or {{}}
    if check.rule.id in waived:
        check.details.append(f"waived in the app: {{waived[check.rule.id]}}")
        return CheckResult.SKIPPED
    reason = check.rule.check(type_name, config)
    if reason is None:
        return CheckResult.PASSED
    check.details.append(f"{{reason}}. {{check.rule.explanation}}")
    return CheckResult.FAILED


class ResourceRule(BaseResourceCheck):
    """One guardrail rule on resources."""

    def __init__(self, rule: Any) -> None:
        self.rule = rule
        name = f"{{rule.level}}: {{rule.explanation}}"
        super().__init__(name=name, id=rule.id, categories=CATEGORIES, supported_resources=["*"])

    def scan_resource_conf(self, conf: dict[str, Any]) -> CheckResult:
        return evaluate(self, self.entity_type, conf)


class DataRule(BaseDataCheck):
    """One guardrail rule on data sources."""

    def __init__(self, rule: Any) -> None:
        self.rule = rule
        name = f"{{rule.level}}: {{rule.explanation}}"
        super().__init__(name=name, id=rule.id, categories=CATEGORIES, supported_data=["*"])

    def scan_data_conf(self, conf: dict[str, Any]) -> CheckResult:
        return evaluate(self, self.entity_type, conf)


class ProviderRule(BaseProviderCheck):
    """One guardrail rule on provider blocks (credentials written as literals)."""

    def __init__(self, rule: Any) -> None:
        self.rule = rule
        name = f"{{rule.level}}: {{rule.explanation}}"
        super().__init__(name=name, id=rule.id, categories=CATEGORIES, supported_provider=["*"])

    def scan_provider_conf(self, conf: dict[str, Any]) -> CheckResult:
        return evaluate(self, f"provider.{{self.entity_type}}", conf)


class ModuleRule(BaseModuleCheck):
    """One guardrail rule on module calls (which no rule can see into: KS-MOD-1)."""

    def __init__(self, rule: Any) -> None:
        self.rule = rule
        name = f"{{rule.level}}: {{rule.explanation}}"
        super().__init__(name=name, id=rule.id, categories=CATEGORIES)

    def scan_module_conf(self, conf: dict[str, Any]) -> CheckResult:
        return evaluate(self, "module", conf)


KINDS = (ResourceRule, DataRule, ProviderRule, ModuleRule)
CHECKS = [kind(rule) for rule in RULES for kind in KINDS]
'''


def checks_module() -> str:
    """The generated checkov module."""
    return _CHECKS_SOURCE.format(vendored=VENDORED)


def policy_files() -> dict[str, str]:
    """Every file of the exported checkov directory, by relative path."""
    files = {f"{CHECKS_DIR}/__init__.py": "", CHECKS_MODULE: checks_module()}
    for path, source in vendored_sources().items():
        files[f"{VENDORED}/{path}"] = source
    return files


def write_policies(directory: Path) -> list[str]:
    """Write the checkov custom policies into ``directory``; return the relative paths."""
    written = []
    for relative, text in policy_files().items():
        target = directory / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(relative)
    return written
