#!/usr/bin/env bash
# Render plans to Word and HTML for reviewers, for the dakplan action.
#
#   render-plans.sh OUTDIR PLAN...
#
# Each PLAN (a path such as plans/2021.yaml) becomes OUTDIR/plans/2021.docx and .html, rendered
# with the repository's own templates where it has them. Every plan is tried. A plan that is not
# valid is skipped with a notice (validation annotates its lines already); any other failure,
# such as an error in a template, is an error annotation. Exit 0 unless there was an error.
set -uo pipefail

[[ $# -ge 1 ]] || { echo "usage: render-plans.sh OUTDIR PLAN..." >&2; exit 2; }
outdir=$1
shift
failed=0

# Escaping of GitHub workflow commands: data, and with --prop a property value too.
escape() {
  local text=${2//%/%25}
  text=${text//$'\r'/%0D}
  text=${text//$'\n'/%0A}
  if [[ $1 == --prop ]]; then
    text=${text//:/%3A}
    text=${text//,/%2C}
  fi
  printf '%s' "$text"
}

for plan in "$@"; do
  stem=${plan%.*}
  mkdir -p "$outdir/$(dirname -- "$stem")"
  for format in docx html; do
    rc=0
    message=$(dakplan render --to "$format" -o "$outdir/$stem.$format" -- plan "$plan" 2>&1) || rc=$?
    if [[ $rc == 1 ]]; then
      echo "::notice file=$(escape --prop "$plan")::$(escape --data "not rendered: not a valid plan")"
      break
    elif [[ $rc != 0 ]]; then
      failed=1
      echo "::error file=$(escape --prop "$plan")::$(escape --data "dakplan render plan ($format): $message")"
    fi
  done
done
exit "$failed"
