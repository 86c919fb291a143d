"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The state of an action that asks first: `ask` shows the question, `cancel` hides it and gives
 * the focus back to the button that asked (put `trigger` on it), `close` hides it after the action.
 */
export function useConfirm() {
  const [confirming, setConfirming] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (confirming || !refocus.current) return;
    refocus.current = false;
    trigger.current?.focus();
  }, [confirming]);
  return {
    confirming,
    trigger,
    ask: () => setConfirming(true),
    cancel: () => {
      refocus.current = true;
      setConfirming(false);
    },
    close: () => setConfirming(false),
  };
}
