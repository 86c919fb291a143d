// The baseline: classic span-wrapping, as annotation tools did before the CSS Custom Highlight
// API (e.g. Hypothesis' highlighter). For every annotation piece, the text nodes at its edges are
// split and each piece is wrapped in its own <span>; overlapping annotations nest spans inside
// earlier ones. Injected into the page by bench/measure-page.mjs; defines window.__naiveHighlight.
(() => {
  const style = document.createElement("style");
  // The same look as the app's ::highlight() rules, so both cost the same to paint.
  style.textContent = `
    .naive-sourced { background-color: var(--color-sourced-bg); text-decoration: underline solid var(--color-sourced); text-decoration-thickness: 2px; text-underline-offset: 3px; }
    .naive-disputed { background-color: var(--color-disputed-bg); text-decoration: underline wavy var(--color-disputed); text-decoration-thickness: 1.5px; text-underline-offset: 3px; }
    .naive-unverified { background-color: var(--color-unverified-bg); text-decoration: underline dashed var(--color-unverified); text-decoration-thickness: 2px; text-underline-offset: 3px; }`;

  /** Text nodes of `element` overlapping [from, to) in its text content, with their start offsets. */
  function textNodesIn(element, from, to) {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const found = [];
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const end = offset + node.data.length;
      if (end > from && offset < to) found.push({ node, start: offset });
      if (end >= to) break;
      offset = end;
    }
    return found;
  }

  /** Binary search, so finding the paragraph costs the baseline nothing the app does not pay too. */
  function firstParagraphEndingAfter(paragraphs, offset) {
    let lo = 0;
    let hi = paragraphs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paragraphs[mid][1] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * @param container the article body: one <p data-paragraph="i"> per paragraph
   * @param paragraphs [start, end] body offsets of each paragraph
   * @param spans [start, end, status] body offsets of each annotation
   */
  window.__naiveHighlight = (container, paragraphs, spans) => {
    if (!style.isConnected) document.head.append(style);
    const elements = Array.from(container.querySelectorAll("[data-paragraph]"));
    let wrappers = 0;
    for (const [start, end, status] of spans) {
      for (let i = firstParagraphEndingAfter(paragraphs, start); i < paragraphs.length; i += 1) {
        const [pStart, pEnd] = paragraphs[i];
        if (pStart >= end) break;
        const from = Math.max(start, pStart) - pStart;
        const to = Math.min(end, pEnd) - pStart;
        for (const { node, start: nodeStart } of textNodesIn(elements[i], from, to)) {
          let piece = node;
          if (from > nodeStart) piece = piece.splitText(from - nodeStart);
          const pieceStart = Math.max(from, nodeStart);
          if (to - pieceStart < piece.data.length) piece.splitText(to - pieceStart);
          const wrapper = document.createElement("span");
          wrapper.className = `naive-${status}`;
          piece.parentNode.insertBefore(wrapper, piece);
          wrapper.appendChild(piece);
          wrappers += 1;
        }
      }
    }
    return wrappers;
  };
})();
