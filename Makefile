# Two commands set up a fresh machine: `make synth` and `make test`.
# Each installs only what is missing (.venv, node_modules) and is quick when nothing is.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PY_STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
BINDINGS := bindings/alicloud
BINDINGS_STAMP_SRC := $(BINDINGS)/pyproject.toml $(BINDINGS)/cdktf_cdktf_provider_alicloud/_jsii/alicloud@0.0.0.jsii.tgz
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION ?= 18,20
export CHECKPOINT_DISABLE := 1
export CDKTF_DISABLE_TELEMETRY := true

SCAN_VENV := .venv-scan
SCAN_STAMP := $(SCAN_VENV)/.installed

.PHONY: synth test lint scan validate export review bench provider clean install schema snapshots deployer-policy

OUTDIR := $(or $(CDKTF_OUTDIR),cdktf.out)

synth: $(PY_STAMP) $(NODE_STAMP)
	@$(PY) main.py
	@echo "synthesized: $$(ls -d $(OUTDIR)/stacks/*/cdk.tf.json | tr '\n' ' ')"

test: $(PY_STAMP) $(NODE_STAMP) $(SCAN_STAMP)
	$(PY) -m pytest

lint: $(PY_STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# Synth benchmark: ours against the floor at 1, 100 and 1000 stacks, interleaved pairs;
# exits non-zero when over budget. BENCH_OUT=file also writes the results as JSON.
bench: $(PY_STAMP) $(NODE_STAMP)
	$(PY) benchmarks/synth_bench.py $(if $(BENCH_OUT),--out $(BENCH_OUT)) $(BENCH_ARGS)

# Permissions added or removed per policy against the committed snapshots.
review: $(PY_STAMP)
	@$(PY) tools/review.py

# Accept a reviewed change: update every snapshot a test owns (deleting none that
# a test still owns), refresh the copy of Alibaba Cloud's page, then run all tests.
snapshots: $(PY_STAMP) $(NODE_STAMP)
	$(PY) tools/snapshots.py
	@$(MAKE) --no-print-directory test

# Per stack, the least-privilege RAM policy for whoever runs cdktf deploy (TRACE=1: provenance).
deployer-policy: $(PY_STAMP) $(NODE_STAMP)
	@$(PY) tools/deployer_policy.py $(if $(TRACE),--trace)

# One self-contained directory per stack for Terraform teams (HCL=1 for HCL).
export: $(PY_STAMP) $(NODE_STAMP)
	$(PY) tools/export.py $(if $(HCL),--hcl)

# Offline schema check of the synthesized stacks (SCHEMA=file for another schema).
validate: synth
	$(PY) tools/validate.py $(if $(SCHEMA),--schema $(SCHEMA)) $(OUTDIR)

# Security scan of every synthesized stack with checkov (offline), in its own venv.
scan: $(PY_STAMP) $(SCAN_STAMP)
	$(PY) tools/scan.py --checkov $(SCAN_VENV)/bin/checkov

install: $(PY_STAMP) $(NODE_STAMP)

# JSON Schema of the configuration (schema/) and the README table, from the declared keys.
schema: $(PY_STAMP)
	$(PY) tools/config_schema.py

# Regenerate the provider bindings (needs node_modules; the schema comes from
# ../shared/provider-schema, or from a live `terraform providers schema -json`).
provider: $(NODE_STAMP)
	$(PYTHON) tools/generate_bindings.py
	rm -f $(PY_STAMP)

$(PY_STAMP): requirements.txt pyproject.toml $(BINDINGS_STAMP_SRC)
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --force-reinstall --no-deps ./$(BINDINGS)
	touch $@

$(SCAN_STAMP): requirements-scan.txt
	test -x $(SCAN_VENV)/bin/python || $(PYTHON) -m venv $(SCAN_VENV)
	$(SCAN_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-scan.txt
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

clean:
	rm -rf cdktf.out .pytest_cache
