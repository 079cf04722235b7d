// A country's flag as a small image. Decorative: the country's name is always printed beside it.
export function Flag({ iso, size = 28 }: { iso: string; size?: number }) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- a tiny static SVG needs no optimisation
    <img
      src={`/flags/${iso.toLowerCase()}.svg`}
      alt=""
      width={size}
      height={Math.round((size * 3) / 4)}
      loading="lazy"
      decoding="async"
      className="shrink-0 rounded-[3px] shadow-[0_0_0_1px_rgba(15,23,42,0.08)]"
    />
  );
}
