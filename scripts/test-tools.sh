#!/usr/bin/env bash
# Makes sure the machine has what the test suite uses, installing what is missing from Debian's packages
# (as root, where apt-get exists), waiting for the package manager's lock rather than failing on it.
#   git, openssl           the scan lists files with git; fixtures are made with openssl
#   keytool                JKS/PKCS#12 fixtures and the truststore oracle (a JDK's keytool)
#   python3 with ssl, yaml the differential suite's reference readers
#   PostgreSQL, MariaDB    the probe tests start real servers on loopback
# Elsewhere it names what is missing and exits 1.
set -euo pipefail

missing=()
command -v git >/dev/null || missing+=(git)
command -v openssl >/dev/null || missing+=(openssl)
command -v keytool >/dev/null || missing+=(default-jre-headless)
python3 -c 'import ssl, yaml' 2>/dev/null || missing+=(python3 python3-yaml)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v psql >/dev/null || missing+=(postgresql-client)
command -v mariadbd >/dev/null || missing+=(mariadb-server)
command -v mariadb >/dev/null || missing+=(mariadb-client)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
  echo "The tests need these Debian packages, not installed here: ${missing[*]}" >&2
  echo "Install them (e.g. sudo apt-get install -y ${missing[*]}) and run the tests again." >&2
  exit 1
fi
echo "Installing what the tests need: ${missing[*]}"
# apt waits up to 10 minutes for another apt or dpkg (an unattended upgrade, say) to let go of its locks.
lock=(-o DPkg::Lock::Timeout=600)
apt-get "${lock[@]}" update -qq
DEBIAN_FRONTEND=noninteractive apt-get "${lock[@]}" install -y -qq "${missing[@]}"
