/**
 * Lets keyboard users select text in the (non-editable) article: arrows move a caret and
 * Shift+arrows extend the selection, through Selection.modify, which works on static text.
 * Returns true when the key was handled.
 */
export function handleSelectionKey(
  event: KeyboardEvent | React.KeyboardEvent,
  container: HTMLElement,
): boolean {
  const directions: Record<string, "forward" | "backward"> = {
    ArrowRight: "forward",
    ArrowDown: "forward",
    ArrowLeft: "backward",
    ArrowUp: "backward",
  };
  const direction = directions[event.key];
  if (!direction) return false;
  const selection = window.getSelection();
  if (!selection) return false;
  if (selection.rangeCount === 0 || !container.contains(selection.anchorNode))
    placeCaretAtStart(container);
  const granularity =
    event.key === "ArrowUp" || event.key === "ArrowDown"
      ? "line"
      : event.ctrlKey || event.altKey || event.metaKey
        ? "word"
        : "character";
  selection.modify(event.shiftKey ? "extend" : "move", direction, granularity);
  event.preventDefault();
  return true;
}

function placeCaretAtStart(container: HTMLElement): void {
  const first = container.querySelector("[data-paragraph]")?.firstChild;
  if (!first) return;
  window.getSelection()?.collapse(first, 0);
}
