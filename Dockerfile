# Roamwell in containers. Two targets from one build:
#   docker build --target web    -t roamwell-web .      # stateless web instance (Next.js standalone)
#   docker build --target worker -t roamwell-worker .   # job worker; also runs migrations
# Run: migrations once per release (`docker run roamwell-worker npm run db:migrate`), then any
# number of web instances behind a load balancer and one or more workers, all with the same
# environment (see docs/deployment.md). Nothing is stored on the container's disk.

FROM node:22-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# postinstall generates the Prisma client; the build needs no database.
RUN npm ci && NEXT_OUTPUT=standalone npm run build

# Web: the standalone server with only the files it needs.
FROM node:22-bookworm-slim AS web
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 HOSTNAME=0.0.0.0 PORT=3000 STORE_MODE=production KEEP_ALIVE_TIMEOUT=65000
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/lib/http/*.mjs ./lib/http/
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s CMD node -e "fetch('http://127.0.0.1:3000/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The preloads decide the client's address from the socket (TRUSTED_PROXIES hops of X-Forwarded-For)
# and complete each page's script policy with its script hashes.
CMD ["node", "--import", "./lib/http/trusted-proxies.mjs", "--import", "./lib/http/inline-script-hashes.mjs", "server.js"]

# Worker: the job queue (fulfilment, emails, catalogue sync, usage polling) and migrations.
FROM node:22-bookworm-slim AS worker
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 STORE_MODE=production LOG_SERVICE=worker
COPY --from=build --chown=node:node /app ./
USER node
CMD ["npx", "tsx", "scripts/worker.ts"]
