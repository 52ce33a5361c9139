#!/usr/bin/env bash
# deps.sh — install what gohotel needs to build and test, only if it is missing
# (works as root with no prompts on a fresh Debian 12; does nothing when all is present).
set -euo pipefail
pkgs="build-essential cmake pkg-config python3 clang libclang-rt-14-dev libsdl2-dev libsdl2-ttf-dev liblua5.4-dev libgif-dev"
missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  echo "installing:$missing" >&2
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
