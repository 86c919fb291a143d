import { useEffect, useState } from "react";

export type Hover = { x: number; y: number; ids: string[] } | null;

/** Where the hover card is, following its passage when the page scrolls under a still pointer (wheel, keys). */
export function useFollowingHover() {
  const [hover, setHover] = useState<Hover>(null);
  const hovering = hover !== null;
  useEffect(() => {
    if (!hovering) return;
    let last = window.scrollY;
    const onScroll = () => {
      const delta = window.scrollY - last;
      last = window.scrollY;
      setHover((h) => h && { ...h, y: h.y - delta });
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => window.removeEventListener("scroll", onScroll);
  }, [hovering]);
  return [hover, setHover] as const;
}
