#!/usr/bin/env bash
# Runs once, when the PostgreSQL volume is new: one database per module service, each owned by its
# service. Its migrations create the module's schema and the messaging tables on first start.
set -euo pipefail
for module in catalog reviews rating inventory search; do
  echo "creating database ecomm_${module}"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres -c "CREATE DATABASE ecomm_${module}"
done
