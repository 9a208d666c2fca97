import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  // Relative base: the built app runs from any folder of an intranet server or a laptop.
  base: './',
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    target: 'es2022',
    sourcemap: true,
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1200,
  },
  plugins: [
    // Offline at the venue: a service worker precaches the whole built app (scripts, worker chunks,
    // styles, GeoJSON, icons) on the first visit, so it runs with the network off afterwards.
    // Production builds only (no dev service worker). Registered by the app itself
    // (src/offline/register-service-worker.ts), not by an injected inline script: the page then has no
    // inline script at all, the registration's refusal is handled, and its URL goes through the
    // Trusted Types policy.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: false,
      devOptions: { enabled: false },
      manifest: {
        name: '通化县八园一中心 · Tonghua County industrial parks',
        short_name: '通化县八园一中心',
        description: '通化县八园一中心产业园区地图与项目情景模拟 · Tonghua County industrial parks map and scenario simulator',
        lang: 'zh-CN',
        start_url: './',
        scope: './',
        display: 'fullscreen',
        background_color: '#0d1520',
        theme_color: '#1d2733',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,geojson,json,woff2,png,txt}'],
        // The embed allow-list and the basemap settings (with the 天地图 key) are edited on the server
        // after the build; a precached copy would hide the edit.
        globIgnores: ['**/embed-config.json', '**/basemaps.json'],
        // MapLibre and the chart library are single chunks of more than the 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The Workbox runtime inside sw.js rather than loaded with importScripts(), a script sink that
        // Trusted Types would refuse in the service worker (the CSP header covers sw.js too).
        inlineWorkboxRuntime: true,
        clientsClaim: true,
        skipWaiting: true,
      },
    }),
  ],
});
