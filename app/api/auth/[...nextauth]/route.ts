// GET|POST /api/auth/* – Auth.js: sign-in links, callbacks, session, sign-out
import { handlers } from "@/lib/auth/auth";

export const { GET, POST } = handlers;
