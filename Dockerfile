# The platform as one image: the built client and server over the production dependencies only, run as the
# unprivileged `node` user with a writable data folder. PostgreSQL comes from DATABASE_URL and files from S3
# (docker-compose.yml); `npm run test:prod` starts the same install, the same way, without a container engine.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# The server's production dependencies, installed fresh from the lock file (no build tools, no test servers,
# not the client's: it is served as built files).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY client/package.json client/
COPY e2e/package.json e2e/
RUN npm ci --omit=dev --workspace=server --no-audit --no-fund

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=4000 DATA_DIR=/app/.data
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/server/package.json server/
# The compiled server includes the migrations (server/dist/migrations); each start applies what is pending.
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/client/dist client/dist
COPY --from=build /app/migrations/.snapshot.json migrations/
# Uploads (FILE_STORAGE=disk) and, without SMTP_URL, mail as files: a folder the app's user owns. A named volume
# mounted here starts as a copy of it, ownership included.
RUN mkdir -p /app/.data && chown node:node /app/.data
VOLUME /app/.data
USER node
EXPOSE 4000
# Healthy once the database answers and the change feed listens; 503 while stopping (SIGTERM drains, up to 15 s).
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||4000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
STOPSIGNAL SIGTERM
CMD ["node", "--max-semi-space-size=64", "server/dist/server/src/main.js"]
