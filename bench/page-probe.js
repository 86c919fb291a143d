// Injected into every measured page before the app's own scripts (a Playwright init script), with
// `window.__benchConfig` set just before it: { mode: "ours" | "naive", expected, statusNames }.
// It records, on the page's own clock (performance.now(), 0 = navigation start):
//   - every long task (PerformanceObserver "longtask"), for the load and for typing;
//   - when the app's status highlights reach `expected` ranges, and when that frame was painted;
//   - in "naive" mode the app's highlights are swallowed and the naive highlighter
//     (bench/naive-highlighter.js, injected alongside) draws the same spans at that same moment,
//     so both approaches start from an identical, fully loaded page.
(() => {
  const config = window.__benchConfig;
  const state = {
    longTasks: [],
    sizes: {},
    firstRangeAt: null,
    rangesBeforeSet: 0,
    setAt: null,
    paintedAt: null,
    detectedBy: null,
    naive: null,
    warning: null,
    error: null,
  };
  window.__bench = state;

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch (error) {
    state.warning = `no long task observer: ${error}`;
  }

  // A message posted from a frame's rAF callback is delivered after that frame's style, layout
  // and paint have run: its time is when the frame with the highlights was produced.
  const afterNextPaint = (callback) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => callback(performance.now());
      channel.port2.postMessage(null);
    });

  // When the app starts building its ranges (for "drawing alone"; the first Range or StaticRange of the page).
  const countRange = () => {
    state.firstRangeAt ??= performance.now();
    if (state.setAt === null) state.rangesBeforeSet += 1;
  };
  const createRange = Document.prototype.createRange;
  Document.prototype.createRange = function (...args) {
    countRange();
    return createRange.apply(this, args);
  };
  if (typeof StaticRange === "function") {
    window.StaticRange = new Proxy(StaticRange, {
      construct(target, args) {
        countRange();
        return new target(...args);
      },
    });
  }

  const total = () => config.statusNames.reduce((sum, name) => sum + (state.sizes[name] ?? 0), 0);

  const reached = (by) => {
    state.setAt = performance.now();
    state.detectedBy = by;
    if (config.mode === "naive") queueMicrotask(drawNaive);
    else afterNextPaint((t) => (state.paintedAt = t));
  };

  function drawNaive() {
    try {
      const container = document.querySelector('[data-testid="article-body"]');
      CSS.highlights.clear();
      const began = performance.now();
      window.__naiveHighlight(container, config.paragraphs, config.spans);
      const wrapped = performance.now();
      // Reading a layout property forces style and layout of the whole document now.
      void document.documentElement.offsetHeight;
      const laidOut = performance.now();
      afterNextPaint((t) => {
        state.naive = { began, wrapped, laidOut, painted: t };
        state.paintedAt = t;
      });
    } catch (error) {
      state.error = `naive highlighter: ${error && error.stack ? error.stack : error}`;
    }
  }

  if (typeof CSS === "undefined" || !CSS.highlights) {
    state.error = "no CSS Custom Highlight API";
    return;
  }
  const registry = CSS.highlights;
  const set = registry.set.bind(registry);
  registry.set = (name, highlight) => {
    if (config.statusNames.includes(name)) {
      state.sizes[name] = highlight.size;
      if (state.setAt === null && total() >= config.expected) reached("registry.set");
      // The naive page never shows our highlights.
      if (config.mode === "naive") return registry;
    }
    return set(name, highlight);
  };

  // Fallback, in case ranges are added to a Highlight after it was registered.
  const poll = () => {
    if (state.setAt !== null) return;
    if (config.mode === "ours") {
      for (const name of config.statusNames)
        state.sizes[name] = registry.get(name)?.size ?? state.sizes[name] ?? 0;
      if (total() >= config.expected) return reached("rAF poll");
    }
    requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
