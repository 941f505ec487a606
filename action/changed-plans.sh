#!/usr/bin/env bash
# The plan files a pull request touches, one per line, for the dakplan action.
#
#   changed-plans.sh MODE BASE HEAD [PLANS [TEMPLATES [REGISTRY]]]
#
# The changes are those of `git diff BASE...HEAD`: from the merge base, as the pull request's
# "Files changed" tab shows them, so what others merged into BASE meanwhile is not counted.
# MODE says what the list is for:
#   diff      every changed plan, added, modified or deleted (dakplan diff reports each);
#   validate  the changed plans that exist in the working tree;
#   render    the same, or every plan in the working tree when a template changed (a template
#             changes every document rendered with it).
# A change to REGISTRY (default agencies.yaml, the registry of agencies every plan reads) is a
# change to every plan: each mode then lists every plan in the working tree as well.
# Exit 0 with the list (maybe empty); 2 with a message when git cannot compare BASE and HEAD.
set -euo pipefail

usage() { echo "usage: changed-plans.sh diff|validate|render BASE HEAD [PLANS [TEMPLATES [REGISTRY]]]" >&2; exit 2; }
[[ $# -ge 3 && $# -le 6 ]] || usage
mode=$1 base=$2 head=$3 plans=${4:-plans} templates=${5:-templates} registry=${6:-agencies.yaml}
case $mode in diff|validate|render) ;; *) usage ;; esac
plans=${plans%/} templates=${templates%/}

is_plan() { [[ $1 == "$plans"/* && ( $1 == *.yaml || $1 == *.yml ) ]]; }

# -z: names with Vietnamese letters or spaces come through as they are, unquoted.
if ! names=$(git diff --name-only -z --no-renames "$base...$head" -- "$plans" "$templates" \
    "$registry" | tr '\0' '\n'); then
  echo "changed-plans: git cannot compare $base...$head (is the history fetched? actions/checkout needs fetch-depth: 0)" >&2
  exit 2
fi

template_changed=0
registry_changed=0
out=()
while IFS= read -r name; do
  [[ -n $name ]] || continue
  if [[ $name == "$registry" ]]; then
    registry_changed=1
  elif is_plan "$name"; then
    [[ $mode == diff || -f $name ]] && out+=("$name")
  elif [[ $name == "$templates"/* ]]; then
    template_changed=1
  fi
done <<< "$names"

if [[ ( $registry_changed == 1 || $mode == render && $template_changed == 1 ) && -d $plans ]]; then
  [[ $mode == diff ]] || out=()
  while IFS= read -r -d '' name; do
    [[ ${name##*/} == agencies.yaml ]] || out+=("$name")
  done < <(find "$plans" -type f \( -name '*.yaml' -o -name '*.yml' \) -print0)
fi

if ((${#out[@]})); then
  printf '%s\n' "${out[@]}" | LC_ALL=C sort -u
fi
