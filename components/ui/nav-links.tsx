// A row of links (site header, footer, account menu): the list is data, the look is one class.
import Link from "next/link";

export type NavLink = { href: string; label: string; className?: string };

export function NavLinks({
  label,
  links,
  className,
  linkClassName,
}: {
  label: string;
  links: NavLink[];
  className: string;
  linkClassName: string;
}) {
  return (
    <nav aria-label={label} className={className}>
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={l.className ?? linkClassName}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
