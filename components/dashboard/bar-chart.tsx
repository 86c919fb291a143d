type Bar = {
  label: string;
  value: number;
  color: string;
  pattern?: "solid" | "striped" | "dotted";
};

/**
 * A small horizontal bar chart in inline SVG. Every bar carries its label and number in text,
 * and a pattern as well as a colour, so it reads without colour and in a screen reader.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowHeight = 28;
  const labelWidth = 150;
  const width = 420;
  const barSpace = width - labelWidth - 50;
  return (
    <figure className="rounded-lg border border-stone-200 bg-white p-4">
      <figcaption className="mb-2 text-sm font-semibold text-stone-900">{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(", ")}`}
        viewBox={`0 0 ${width} ${bars.length * rowHeight}`}
        className="h-auto w-full max-w-md"
      >
        <defs>
          <pattern
            id="fm-striped"
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="3" height="6" fill="white" fillOpacity="0.55" />
          </pattern>
          <pattern id="fm-dotted" width="6" height="6" patternUnits="userSpaceOnUse">
            <circle cx="3" cy="3" r="1.3" fill="white" fillOpacity="0.7" />
          </pattern>
        </defs>
        {bars.map((bar, i) => {
          const y = i * rowHeight;
          const w = (bar.value / max) * barSpace;
          return (
            <g key={bar.label}>
              <text x={0} y={y + 18} fontSize="13" fill="#292524">
                {bar.label}
              </text>
              <rect x={labelWidth} y={y + 5} width={w} height={18} rx={3} fill={bar.color} />
              {bar.pattern && bar.pattern !== "solid" && (
                <rect
                  x={labelWidth}
                  y={y + 5}
                  width={w}
                  height={18}
                  rx={3}
                  fill={`url(#fm-${bar.pattern})`}
                />
              )}
              <text x={labelWidth + w + 6} y={y + 18} fontSize="13" fill="#292524" fontWeight="600">
                {bar.value}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
