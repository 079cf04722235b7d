"use client";
import { useEffect, useRef } from "react";

// Inside a form: submits it whenever one of its fields changes (the button stays for no-JS use).
export function SubmitOnChange() {
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const form = marker.current?.closest("form");
    const submit = () => form?.requestSubmit();
    form?.addEventListener("change", submit);
    return () => form?.removeEventListener("change", submit);
  }, []);
  return <span ref={marker} hidden />;
}
