// The frame of a staff page: its title, then its sections.
import type { ReactNode } from "react";

export function AdminPage({ title, children, roomy = false }: { title: ReactNode; children: ReactNode; roomy?: boolean }) {
  return (
    <div className={roomy ? "space-y-6" : "space-y-4"}>
      <h1 className="text-2xl font-bold">{title}</h1>
      {children}
    </div>
  );
}
