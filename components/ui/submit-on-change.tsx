"use client";
import { useEffect, useRef } from "react";

// Inside a form: submits it whenever one of its fields changes (the button stays for no-JS use).
// A change made before the page finished loading (no listener yet) is submitted once it has.
export function SubmitOnChange() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    if (!form) return;
    const submit = () => form.requestSubmit();
    form.addEventListener("change", submit);
    if (changedSinceRender(form)) submit();
    return () => form.removeEventListener("change", submit);
  }, []);
  return <span ref={marker} hidden />;
}

function changedSinceRender(form: HTMLFormElement): boolean {
  return Array.from(form.elements).some((el) => {
    if (el instanceof HTMLSelectElement) return Array.from(el.options).some((o) => o.selected !== o.defaultSelected);
    if (el instanceof HTMLInputElement && (el.type === "checkbox" || el.type === "radio")) return el.checked !== el.defaultChecked;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value !== el.defaultValue;
    return false;
  });
}
