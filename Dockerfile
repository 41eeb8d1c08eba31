# The app image for the multi-instance topology in docker-compose.yml (web instances and the
# worker run the same image with different commands). Node comes from the project's own `node`
# devDependency, as everywhere else, so the base image only needs npm. A deployment runs it with
# NODE_ENV=production, PAYLOAD_SECRET and SERVER_URL (as deploy/docker-compose.yml does): with
# NODE_ENV=production and either of the others missing it refuses to start (docs/operations.md).
FROM node:24-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ENV PATH=/app/node_modules/.bin:$PATH NEXT_TELEMETRY_DISABLED=1
RUN npm run build
EXPOSE 3000
CMD ["npm", "start"]
